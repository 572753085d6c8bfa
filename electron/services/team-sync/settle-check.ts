import { randomUUID } from 'node:crypto';
import type { Row } from '../../../shared/persistence/table-keys';
import { conflictChoiceRecord } from '../../../shared/sync/conflict-choice';
import type { ChangeOp } from '../../../shared/persistence/tables';
import { parseTeamDocId } from '../../../shared/sync/team-documents';
import { rolesOf, type TeamFacts } from '../../../shared/sync/team-facts';
import { teamDocProblem } from '../../../shared/sync/validate-team-write';
import { RULES_DOC_ID } from '../team-server/team-setup';
import type { TeamConflict, TeamReplica } from './team-replica';
import type { SignedIn } from './team-session';

export interface SettleRefusal {
  kind: 'refused';
  /** A message key: why this person may not set the row so. */
  reason: string;
}

/**
 * Why `person` may not settle the conflict with `row`, by the rules the server runs and the
 * roster it holds (from its design document); null when they may. The server checks again.
 */
export async function settleProblem(
  replica: TeamReplica,
  conflict: TeamConflict,
  row: Row | null,
  person: SignedIn,
): Promise<string | null> {
  const facts = (await replica.document(RULES_DOC_ID))?.team as TeamFacts | undefined;
  if (!facts) return null;
  const winner = conflict.versions[0]!.row;
  return teamDocProblem(
    row
      ? { _id: conflict.id, table: conflict.table, row, by: person.memberId }
      : { _id: conflict.id, _deleted: true },
    winner ? { _id: conflict.id, table: conflict.table, row: winner } : null,
    { name: person.name, roles: rolesOf(person.memberId) },
    facts,
  );
}

/**
 * Settles a conflict with the version `rev` in `person`'s name, if the rules let them: the
 * ops that put the chosen row and the choice's audit-trail entry into the working database
 * (both recorded as the person's, so the team gets them), or why not.
 */
export async function chooseVersion(
  replica: TeamReplica,
  person: SignedIn,
  id: string,
  rev: string,
  now: Date,
): Promise<{ kind: 'chosen'; ops: ChangeOp[] } | { kind: 'settled' } | SettleRefusal> {
  const [conflict] = await replica.conflicts([id]);
  // Settled meanwhile (on another laptop, or by a merge): nothing left to choose.
  if (!conflict) return { kind: 'settled' };
  const chosen = conflict.versions.find((version) => version.rev === rev);
  if (!chosen) throw new Error('That version is not part of this conflict.');
  const reason = await settleProblem(replica, conflict, chosen.row, person);
  if (reason) return { kind: 'refused', reason };
  const author = { by: person.memberId, at: now.toISOString() };
  const clashes = conflict.merge.kind === 'conflict' ? conflict.merge.conflicts : null;
  const entry = conflictChoiceRecord(
    { id, versions: conflict.versions, clashes },
    rev,
    person.memberId,
    now,
    randomUUID(),
  );
  const audit: ChangeOp = { type: 'put', table: 'approvals', rows: [entry as unknown as Row] };
  // The record first: a choice never takes effect unrecorded (one that fails is chosen again).
  await replica.record([audit], author);
  await replica.settle(conflict, chosen.row, author);
  return {
    kind: 'chosen',
    ops: [
      chosen.row
        ? { type: 'put', table: conflict.table, rows: [chosen.row] }
        : { type: 'delete', table: conflict.table, keys: [parseTeamDocId(id)!.key] },
      audit,
    ],
  };
}
