import { sameData } from '../commands/same-data';
import type { PlainMessageKey } from '../i18n/translate';
import type { Row } from '../persistence/table-keys';
import { isTeamTable, teamDocId, type TeamDoc } from './team-documents';
import { personOf, type TeamFacts, type UserContext } from './team-facts';
import { teamWriteProblem } from './team-write-policy';

type Doc = Partial<TeamDoc> & { _id: string; _deleted?: boolean };

/** Why the server refuses this document write (a message key), or null when it takes it. */
export function teamDocProblem(
  newDoc: Doc,
  oldDoc: Doc | null,
  user: UserContext,
  facts: TeamFacts,
): PlainMessageKey | null {
  if (newDoc._id.startsWith('_design/')) {
    return user.roles.includes('_admin') ? null : 'sync.refused.notTeamData';
  }
  const person = personOf(user, facts);
  if (!person) return 'sync.refused.notOnTeam';
  const deleted = newDoc._deleted === true;
  const old = oldDoc && !oldDoc._deleted ? oldDoc : null;
  // A tombstone of something the server never held changes nothing.
  if (deleted && !old) return null;
  const shaped = deleted ? old! : newDoc;
  const table = String(shaped.table);
  if (!isTeamTable(table) || !isRow(shaped.row)) return 'sync.refused.notTeamData';
  if (teamDocId(table, shaped.row) !== newDoc._id) return 'sync.refused.notTeamData';
  if (old && (old.table !== table || !isRow(old.row))) return 'sync.refused.notTeamData';
  const actor = person.kind === 'lead' ? null : person.actor;
  // Conflicts and the audit name who wrote what: only in one's own name.
  if (!deleted && newDoc.by !== (actor ? actor.id : null)) return 'sync.refused.wrongAuthor';
  // Writing back what the server holds changes nothing: how a refused change is taken back.
  if (old && !deleted && sameData(old.row, shaped.row)) return null;
  return teamWriteProblem(
    { table, before: old ? old.row! : null, after: deleted ? null : shaped.row },
    actor,
    facts,
  );
}

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * CouchDB's `validate_doc_update`, built from the policy table: it throws `{ forbidden: key }`
 * (the key of a translated message) for a write the person could not have made in the app.
 */
export function validateTeamWrite(
  newDoc: Doc,
  oldDoc: Doc | null,
  user: UserContext,
  facts: TeamFacts,
): void {
  const problem = teamDocProblem(newDoc, oldDoc, user, facts);
  if (problem) throw { forbidden: problem };
}
