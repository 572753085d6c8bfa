import type { ChangeOp } from '../persistence/tables';
import type { Row, RowKey } from '../persistence/table-keys';
import { parseTeamDocId, type TeamDoc, type TeamTable } from './team-documents';

/** One entry of the replica's changes feed: the document as it stands now. */
export interface FeedEntry {
  id: string;
  deleted?: boolean;
  doc?: Partial<TeamDoc>;
}

/**
 * What the working database must do for changes that came from the server: the rows to put and
 * the keys to delete, one op per table and kind, in the order the tables first appear. Entries
 * that are not team rows (design documents, anything malformed) are left out.
 */
export function opsFromFeed(entries: readonly FeedEntry[]): ChangeOp[] {
  const puts = new Map<TeamTable, Row[]>();
  const deletes = new Map<TeamTable, RowKey[]>();
  const order: Array<[TeamTable, 'put' | 'delete']> = [];
  for (const entry of entries) {
    const parsed = parseTeamDocId(entry.id);
    if (!parsed) continue;
    const { table, key } = parsed;
    if (entry.deleted || entry.doc?._deleted) {
      if (!deletes.has(table)) {
        order.push([table, 'delete']);
        deletes.set(table, []);
      }
      deletes.get(table)!.push(key);
    } else if (entry.doc?.row && entry.doc.table === table) {
      if (!puts.has(table)) order.push([table, 'put']);
      const rows = puts.get(table) ?? [];
      rows.push(entry.doc.row);
      puts.set(table, rows);
    }
  }
  return order.map(([table, type]) =>
    type === 'put'
      ? { type, table, rows: puts.get(table)! }
      : { type, table, keys: deletes.get(table)! },
  );
}

/** Rows (or keys) per hand-over to the working database: each is one IPC message and one transaction. */
export const ROWS_PER_HANDOVER = 5_000;

/** Splits ops into hand-overs of at most `limit` rows or keys, keeping their order. */
export function handOvers(ops: readonly ChangeOp[], limit = ROWS_PER_HANDOVER): ChangeOp[][] {
  const chunks: ChangeOp[][] = [];
  let current: ChangeOp[] = [];
  let size = 0;
  const push = (op: ChangeOp, weight: number) => {
    if (size + weight > limit && current.length) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += weight;
  };
  for (const op of ops) {
    if (op.type === 'put') {
      for (let i = 0; i < op.rows.length; i += limit) {
        const rows = op.rows.slice(i, i + limit);
        push({ ...op, rows }, rows.length);
      }
    } else if (op.type === 'delete') {
      for (let i = 0; i < op.keys.length; i += limit) {
        const keys = op.keys.slice(i, i + limit);
        push({ ...op, keys }, keys.length);
      }
    } else push(op, 1);
  }
  if (current.length) chunks.push(current);
  return chunks;
}
