import { actualsVerdict, stricter, ALLOWED } from '@shared/commands/policy';
import type { MonthlyActual } from '@shared/domain/actual';
import type { Row } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import type { ActualEdit } from './actuals-model';

type Key = [string, string];

/**
 * Typed or pasted actuals (each sets one kind of one member's month), in one transaction: the
 * lead enters everyone's, a Senior their own and their Juniors', a Junior only their own.
 */
export function changeActualsCommand(edits: readonly ActualEdit[]): Command {
  const keys = [
    ...new Map(
      edits.map((e) => [`${e.memberId}|${e.month}`, [e.memberId, e.month] as Key]),
    ).values(),
  ];
  return {
    name: 'actuals.change',
    label: 'perf.actuals.undoLabel',
    tables: ['actuals'],
    async decide({ db, actor }) {
      let verdict = ALLOWED;
      for (const memberId of new Set(edits.map((e) => e.memberId)))
        verdict = stricter(verdict, actualsVerdict(actor, await db.members.get(memberId)));
      return { verdict };
    },
    async apply({ db, write }) {
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
      await write.put(
        'actuals',
        [...rows.values()] as unknown as Row[],
        before as unknown as Row[],
      );
    },
  };
}
