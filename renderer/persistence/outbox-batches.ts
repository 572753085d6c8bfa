import { weightOf, type ChangeOp, type OutboxCursor } from '@shared/persistence/tables';

/** Rows per journal call: keeps each IPC message and each main-side write small. */
export const ROWS_PER_CALL = 5_000;
export const OPS_PER_CALL = 200;

/** An outbox entry still to send; `from` rows of it are on disk already. */
export interface PendingOp {
  seq: number;
  op: ChangeOp;
  from: number;
}

/** One call to main, and how far the outbox is on disk once main has it. */
export interface OutboxBatch {
  ops: ChangeOp[];
  cursor: OutboxCursor;
  /** The outbox entries (whole or in part) in this batch. */
  seqs: number[];
}

function slice(op: ChangeOp, start: number, end: number): ChangeOp {
  if (op.type === 'put') return { ...op, rows: op.rows.slice(start, end) };
  if (op.type === 'delete') return { ...op, keys: op.keys.slice(start, end) };
  return op;
}

/**
 * Splits pending outbox entries into calls of at most ROWS_PER_CALL rows or keys. Each batch
 * carries the cursor after it, so every acknowledged batch can be booked on its own: a crash
 * between two batches of a 25,000-row import loses none of them.
 */
export function batchOutbox(pending: readonly PendingOp[]): OutboxBatch[] {
  const batches: OutboxBatch[] = [];
  let current: ChangeOp[] = [];
  let size = 0;
  let cursor: OutboxCursor | null = null;
  let seqs: number[] = [];
  const close = () => {
    if (current.length && cursor) batches.push({ ops: current, cursor, seqs });
    current = [];
    seqs = [];
    size = 0;
  };
  for (const { seq, op, from } of pending) {
    const total = weightOf(op);
    for (let start = from; start < total;) {
      const end = Math.min(total, start + ROWS_PER_CALL);
      const weight = Math.max(1, end - start);
      if (current.length && (size + weight > ROWS_PER_CALL || current.length >= OPS_PER_CALL)) {
        close();
      }
      current.push(start === 0 && end === total ? op : slice(op, start, end));
      if (seqs.at(-1) !== seq) seqs.push(seq);
      size += weight;
      cursor = { seq, rows: end };
      if (end >= total) break;
      start = end;
    }
  }
  close();
  return batches;
}

/** Whether the cursor covers the whole of an outbox entry. */
export const coversWhole = (cursor: OutboxCursor, op: ChangeOp) => cursor.rows >= weightOf(op);

/** What of an outbox entry the disk has not seen, given the disk's cursor (null: all of it). */
export function unseenPart(
  seq: number,
  op: ChangeOp,
  cursor: OutboxCursor | null,
): ChangeOp | null {
  if (!cursor || seq > cursor.seq) return op;
  if (seq < cursor.seq || coversWhole(cursor, op)) return null;
  return slice(op, cursor.rows, weightOf(op));
}
