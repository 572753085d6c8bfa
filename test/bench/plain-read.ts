import type { Page } from '@playwright/test';

/** The working database's name (renderer/db/db.ts: DATABASE_NAME). */
const DATABASE_NAME = 'sales-team-planner';

/**
 * Milliseconds to read every account in one plain IndexedDB `getAll`, in the app's page: the
 * floor of what loading the accounts can cost on this machine (no paging, no index, no screen).
 */
export function timePlainAccountsRead(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const start = performance.now();
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const count = await new Promise<number>((resolve, reject) => {
        const request = database
          .transaction('accounts', 'readonly')
          .objectStore('accounts')
          .getAll();
        request.onsuccess = () => resolve(request.result.length);
        request.onerror = () => reject(request.error);
      });
      if (count === 0) throw new Error('the plain read found no accounts');
      return performance.now() - start;
    } finally {
      database.close();
    }
  }, DATABASE_NAME);
}
