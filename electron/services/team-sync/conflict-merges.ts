import type { ChangeOp } from '../../../shared/persistence/tables';
import type { Author, TeamReplica } from './team-replica';

/**
 * Conflicts whose versions changed different things are merged (three-way, against their
 * common ancestor) and settled in `author`'s name; the rest wait for a person. Looks where
 * conflicts can be new (`arrivedIds`) and where one waited (`waiting`; null: everywhere).
 * Returns what still waits and the merged rows for the working database.
 */
export async function mergeConflicts(
  replica: TeamReplica,
  waiting: ReadonlySet<string> | null,
  arrivedIds: readonly string[],
  author: Author,
): Promise<{ waiting: Set<string>; merged: ChangeOp[] }> {
  // New conflicts come only with what arrived: not all documents on every sync.
  const candidates = waiting && [...new Set([...waiting, ...arrivedIds])];
  const conflicts =
    candidates?.length === 0 ? [] : await replica.conflicts(candidates ?? undefined);
  const still = new Set(conflicts.map((c) => c.id));
  const merged: ChangeOp[] = [];
  for (const conflict of conflicts) {
    // A merge into a deletion is left to a person: deleting the winner would let another
    // version win instead.
    if (conflict.merge.kind !== 'merged' || conflict.merge.row === null) continue;
    await replica.settle(conflict, conflict.merge.row, author);
    still.delete(conflict.id);
    merged.push({ type: 'put', table: conflict.table, rows: [conflict.merge.row] });
  }
  return { waiting: still, merged };
}
