import Dexie from 'dexie';
import { afterPaint } from '../app/after-paint';
import { tableOf } from './table-of';
import type { Approval } from '@shared/domain/approval';
import type { Row, RowKey, TableName } from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';
import type { RowWriter } from './command';
import { showOptimistically } from './optimistic';
import { keyOfRow, type ImageRecorder } from './row-images';

/** Thousands of rows are serialised a piece at a time, so a frame can paint in between. */
const ROWS_PER_PUT = 1_000;
/** From this many rows a write waits for the frame that shows them. */
const BIG = 500;

/**
 * The only way a command writes: puts and deletes inside the command's transaction, each row's
 * before-image recorded first (undo and redo derive from these; nothing is written by hand).
 */
export function rowWriter(db: PlannerDatabase, recorder: ImageRecorder | null): RowWriter {
  return {
    async put(table, rows, known) {
      if (rows.length === 0) return;
      // The window shows the rows at once; the durable write follows (a failure reloads).
      // Serialising thousands of rows blocks the main thread for a while: let the frame that
      // shows them paint first (Dexie.waitFor keeps the transaction open meanwhile).
      if (showOptimistically(table, rows) && rows.length > BIG) await Dexie.waitFor(afterPaint());
      // A change that is not undone (an import, a decision) keeps no before-images: no reads.
      if (recorder) {
        const keys = rows.map((row) => keyOfRow(table, row));
        const before =
          known ?? ((await tableOf(db, table).bulkGet(keys as never[])) as Array<Row | undefined>);
        rows.forEach((row, i) => recorder.record(table, keys[i]!, before[i], row));
      }
      for (let start = 0; start < rows.length; start += ROWS_PER_PUT) {
        await tableOf(db, table).bulkPut(rows.slice(start, start + ROWS_PER_PUT) as Row[]);
      }
    },
    async delete(table, keys) {
      if (keys.length === 0) return;
      if (recorder) {
        const before = (await tableOf(db, table).bulkGet(keys as never[])) as Array<
          Row | undefined
        >;
        keys.forEach((key, i) => before[i] && recorder.record(table, key, before[i], undefined));
      }
      await tableOf(db, table).bulkDelete(keys as never[]);
    },
    async addApproval(approval: Approval) {
      await db.approvals.add(approval);
    },
    async decide(approval: Approval) {
      await db.approvals.put(approval);
    },
  };
}

export type { RowKey, TableName };
