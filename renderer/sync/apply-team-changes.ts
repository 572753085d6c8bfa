import type { ChangeOp } from '@shared/persistence/tables';
import type { PlannerDatabase } from '../db/db';

/**
 * Puts changes that arrived from the team server into the working database: one transaction,
 * no command (the server already checked them against the rules), so they enter nobody's undo
 * history — and an undo of an older local step on the same rows is refused as "changed since".
 * The journal keeps them on disk like any change, marked as the team's, so main never sends them
 * back as this laptop's. Refused while the workspace is read-only; main then hands them over
 * again later.
 */
export async function applyTeamChanges(
  db: PlannerDatabase,
  ops: readonly ChangeOp[],
): Promise<void> {
  const tables = [...new Set(ops.map((op) => op.table))];
  if (tables.length === 0) return;
  await db.transaction(
    'rw',
    tables.map((name) => db.table(name)),
    async (tx) => {
      db.journal.teamTransactions.add(tx.idbtrans);
      for (const op of ops) {
        const table = db.table(op.table);
        if (op.type === 'put') await table.bulkPut(op.rows);
        else if (op.type === 'delete') await table.bulkDelete(op.keys);
        else await table.clear();
      }
    },
  );
}
