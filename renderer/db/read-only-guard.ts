import type Dexie from 'dexie';

export interface WriteLock {
  readOnly: boolean;
}

export class WorkspaceReadOnlyError extends Error {
  override readonly name = 'WorkspaceReadOnlyError';
  constructor() {
    super('The workspace is read-only.');
  }
}

/**
 * Refuses every write at the lowest layer while the workspace is read-only (written by a
 * newer app), so no feature can forget the check.
 */
export function installReadOnlyGuard(db: Dexie, lock: WriteLock): void {
  db.use({
    stack: 'dbcore',
    name: 'read-only-guard',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            lock.readOnly ? Promise.reject(new WorkspaceReadOnlyError()) : table.mutate(request),
        };
      },
    }),
  });
}
