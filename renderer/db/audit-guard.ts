import type Dexie from 'dexie';
import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';

export class AuditTrailError extends Error {
  override readonly name = 'AuditTrailError';
  constructor() {
    super('A decision in the audit trail cannot be changed or deleted.');
  }
}

interface Row {
  state?: string;
}

const ANY_RANGE = 3; // DBCore RangeType.Any: the whole table (clear), as a workspace replace does.

async function decidedAmong(table: DBCoreTable, trans: DBCoreTransaction, keys: unknown[]) {
  const rows = (await table.getMany({ trans, keys })) as Array<Row | undefined>;
  return rows.map((row) => (row && row.state !== 'pending' ? row : null));
}

/**
 * Keeps decided approvals as they were decided, at the lowest layer: a pending request may be
 * decided (once), but a decision is never rewritten or deleted by any feature. Replacing the
 * whole workspace (restore, workspace-file import: clear, then put) stays possible.
 */
export function installAuditGuard(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'audit-guard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'approvals') return table;
        return {
          ...table,
          mutate: async (request: DBCoreMutateRequest) => {
            if (request.type === 'put') {
              const keys = request.keys ?? request.values.map((v) => (v as { id: string }).id);
              const decided = await decidedAmong(table, request.trans, keys);
              const rewritten = decided.some(
                (row, i) => row && JSON.stringify(row) !== JSON.stringify(request.values[i]),
              );
              if (rewritten) throw new AuditTrailError();
            } else if (request.type === 'delete') {
              const decided = await decidedAmong(table, request.trans, request.keys);
              if (decided.some(Boolean)) throw new AuditTrailError();
            } else if (request.type === 'deleteRange' && request.range.type !== ANY_RANGE) {
              throw new AuditTrailError();
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
}
