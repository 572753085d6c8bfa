import type { Row } from '../../../shared/persistence/table-keys';
import { mergeRows, type RowMerge } from '../../../shared/sync/merge-rows';
import { parseTeamDocId, type TeamTable } from '../../../shared/sync/team-documents';
import type { PouchDatabase, PouchDoc } from './pouch';

/** A document with revisions from two laptops the server kept side by side. */
export interface TeamConflict {
  id: string;
  table: TeamTable;
  /** The revisions beside the winning one (to settle once decided). */
  others: string[];
  versions: Array<{ rev: string; by: string | null; at: string; row: Row | null }>;
  /** The three-way merge of the first two versions against their common ancestor. */
  merge: RowMerge;
}

const versionOf = (d: PouchDoc) => ({
  rev: d._rev!,
  by: (d.by as string | null) ?? null,
  at: String(d.at ?? ''),
  row: d._deleted ? null : (d.row as Row),
});

/**
 * Documents the replica holds in two (or more) versions, with what a merge makes of them: among
 * `ids`, or every document (a full read: at 250k, seconds).
 */
export async function listConflicts(db: PouchDatabase, ids?: string[]): Promise<TeamConflict[]> {
  const { rows } = await db.allDocs({
    include_docs: true,
    conflicts: true,
    ...(ids ? { keys: ids } : {}),
  });
  const found: TeamConflict[] = [];
  for (const { doc } of rows as Array<{ doc?: PouchDoc }>) {
    const parsed = doc && parseTeamDocId(doc._id);
    if (!doc || !parsed) continue;
    // Versions someone already settled (merged or chose between) stay in the tree, done.
    const settled = new Set((doc.settles as string[] | undefined) ?? []);
    const open = (doc._conflicts ?? []).filter((rev) => !settled.has(rev));
    if (open.length === 0) continue;
    const others = await Promise.all(open.map((rev) => db.get(doc._id, { rev, revs: true })));
    const winner = await db.get(doc._id, { revs: true });
    const ancestor = await commonAncestor(db, winner, others[0]!);
    const [mine, theirs] = [versionOf(winner), versionOf(others[0]!)];
    found.push({
      id: doc._id,
      table: parsed.table,
      others: open,
      versions: [mine, ...others.map(versionOf)],
      merge: mergeRows((ancestor?.row as Row | undefined) ?? null, mine.row, theirs.row),
    });
  }
  return found;
}

/** The newest revision both histories share, if the replica still holds its body. */
async function commonAncestor(
  db: PouchDatabase,
  a: PouchDoc,
  b: PouchDoc,
): Promise<PouchDoc | null> {
  const revs = (d: PouchDoc) =>
    (d._revisions?.ids ?? []).map((id, i) => `${d._revisions!.start - i}-${id}`);
  const theirs = new Set(revs(b));
  const shared = revs(a).find((rev) => theirs.has(rev));
  if (!shared) return null;
  return db.get(a._id, { rev: shared }).catch(() => null);
}
