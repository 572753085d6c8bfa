import type { ChangeOp } from '../../../shared/persistence/tables';
import { opsFromFeed } from '../../../shared/sync/received-changes';
import { parseTeamDocId, type TeamDoc } from '../../../shared/sync/team-documents';
import type { PouchDatabase, PouchDoc } from './pouch';

/** The others' changes for the working database, and the point to confirm once applied. */
export interface Received {
  ops: ChangeOp[];
  count: number;
  through: number | string;
}

/**
 * Changes that arrived from the server since `handedSeq` and have not been handed to the
 * working database yet, as its ops: the others' team rows only (not this replica's own, not the
 * server's design document).
 */
export async function readReceived(
  db: PouchDatabase,
  replicaId: string,
  handedSeq: number | string,
): Promise<Received> {
  const { entries, through } =
    handedSeq === 0 ? await everything(db) : await changedSince(db, handedSeq);
  const theirs = entries.filter(
    (entry) => entry.doc?.via !== replicaId && parseTeamDocId(entry.id) !== null,
  );
  return {
    ops: opsFromFeed(
      theirs.map((e) => ({ id: e.id, deleted: e.deleted, doc: e.doc as Partial<TeamDoc> })),
    ),
    count: theirs.length,
    through,
  };
}

async function changedSince(db: PouchDatabase, since: number | string) {
  const { results, last_seq } = await db.changes({ since, include_docs: true });
  return { entries: results, through: last_seq };
}

/**
 * Nothing handed over yet (a new replica): every document as it stands, read in key order,
 * which LevelDB does much faster than the changes feed. The point to confirm is taken first:
 * what is written meanwhile comes again with the next changes (putting a row twice is
 * harmless).
 */
export async function everything(db: PouchDatabase) {
  const through = (await db.info()).update_seq;
  const { rows } = await db.allDocs({ include_docs: true });
  const entries = (rows as Array<{ id: string; doc?: PouchDoc }>).map((row) => ({
    id: row.id,
    deleted: false,
    doc: row.doc,
  }));
  return { entries, through };
}
