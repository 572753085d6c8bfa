import type { ChangeOp } from '../../../shared/persistence/tables';
import type { Row } from '../../../shared/persistence/table-keys';
import { sameData } from '../../../shared/commands/same-data';
import {
  isTeamRow,
  isTeamTable,
  teamDocId,
  teamDocIdOfKey,
  type TeamTable,
} from '../../../shared/sync/team-documents';
import type { PouchDatabase, PouchDoc } from './pouch';
import { currentDocs, currentRevs, idsOfTable } from './replica-reads';

/** Who writes, and when: every revision names its author (the server checks it). */
export interface Author {
  by: string | null;
  at: string;
}

/** Rows per write to the replica: big imports go in pieces, each one LevelDB batch. */
const CHUNK = 2_000;

/** A row as a revision's body: by whom, when, through which replica. */
export function stamped(replicaId: string, table: TeamTable, row: Row, author: Author) {
  return { table, row, by: author.by, at: author.at, via: replicaId };
}

export async function writeDocs(db: PouchDatabase, docs: PouchDoc[]): Promise<number> {
  if (docs.length === 0) return 0;
  const results = await db.bulkDocs(docs);
  const failed = results.find((r) => r.error);
  // The main process is the replica's only writer: a clash here is a bug, not a conflict.
  if (failed) throw new Error(`team replica: ${failed.id} ${String(failed.reason)}`);
  return results.length;
}

/** Committed local changes into the replica: team rows become revisions by `author`. */
export async function recordChanges(
  db: PouchDatabase,
  replicaId: string,
  ops: readonly ChangeOp[],
  author: Author,
): Promise<number> {
  let written = 0;
  for (const op of ops) {
    if (!isTeamTable(op.table)) continue;
    const table = op.table;
    if (op.type === 'put') {
      const rows = op.rows.filter((row) => isTeamRow(table, row));
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        const ids = chunk.map((row) => teamDocId(table, row));
        const current = await currentDocs(db, ids);
        // The same row again (a journal batch sent twice after a crash) is no new revision.
        const changed = chunk.flatMap((row, j) => {
          const stored = current.get(ids[j]!);
          if (stored && sameData(stored.row, row)) return [];
          return [
            {
              _id: ids[j]!,
              ...(stored ? { _rev: stored._rev } : {}),
              ...stamped(replicaId, table, row, author),
            },
          ];
        });
        written += await writeDocs(db, changed);
      }
    } else {
      const ids =
        op.type === 'delete'
          ? op.keys.map((key) => teamDocIdOfKey(table, key))
          : await idsOfTable(db, table);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const revs = await currentRevs(db, ids.slice(i, i + CHUNK));
        written += await writeDocs(
          db,
          [...revs].map(([_id, _rev]) => ({
            _id,
            _rev,
            _deleted: true,
            ...author,
            via: replicaId,
          })),
        );
      }
    }
  }
  return written;
}
