import type { MonthlyActual } from '../../../shared/domain/actual';
import type { ActualEdit } from './actuals-model';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';

type Key = [string, string];

/** Puts `after` and removes the keys listed in `gone`, in one transaction. */
async function write(after: MonthlyActual[], gone: Key[]): Promise<void> {
  await db.transaction('rw', db.actuals, async () => {
    if (gone.length) await db.actuals.bulkDelete(gone);
    if (after.length) await db.actuals.bulkPut(after);
  });
}

/**
 * Applies typed or pasted actuals (each sets one kind of one member's month) in one
 * transaction, and returns how to take them back: rows that did not exist are removed again.
 */
export async function changeActuals(edits: readonly ActualEdit[]): Promise<UndoableChange> {
  const keys = [
    ...new Map(
      edits.map((e) => [`${e.memberId}|${e.month}`, [e.memberId, e.month] as Key]),
    ).values(),
  ];
  const before = await db.actuals.bulkGet(keys);
  const rows = new Map<string, MonthlyActual>();
  keys.forEach((key, i) =>
    rows.set(key.join('|'), {
      ...(before[i] ?? {
        memberId: key[0],
        month: key[1],
        newBusinessCents: 0,
        existingBusinessCents: 0,
      }),
    }),
  );
  for (const edit of edits) {
    const row = rows.get(`${edit.memberId}|${edit.month}`)!;
    if (edit.kind === 'new') row.newBusinessCents = edit.cents;
    else row.existingBusinessCents = edit.cents;
  }
  const after = [...rows.values()];
  const existed = before.filter((row): row is MonthlyActual => !!row);
  const added = keys.filter((_, i) => !before[i]);
  await write(after, []);
  return {
    label: 'perf.actuals.undoLabel',
    undo: () => write(existed, added),
    redo: () => write(after, []),
  };
}
