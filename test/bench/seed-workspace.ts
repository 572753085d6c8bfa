import type { Page } from '@playwright/test';
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceData } from '../../shared/domain/workspace';

const CHUNK = 20_000;

/**
 * Writes a generated workspace straight into the app's IndexedDB (stores as the app created
 * them on its first start), as if a user had worked in it. Raw IndexedDB on purpose: the
 * benchmark measures the app reading it, not the seeding.
 */
export async function seedWorkspace(page: Page, data: WorkspaceData): Promise<void> {
  const tables: Array<[string, readonly unknown[]]> = [
    ['members', data.members],
    ['territories', data.territories],
    ['accounts', data.accounts],
    ['actuals', data.actuals],
    [
      'meta',
      [
        {
          key: 'workspace',
          schemaVersion: WORKSPACE_SCHEMA_VERSION,
          origin: 'demo',
          createdAt: new Date().toISOString(),
          appVersion: 'bench',
        },
      ],
    ],
  ];
  for (const [store, rows] of tables) {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await page.evaluate(
        ([storeName, chunk]) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('sales-team-planner');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const database = request.result;
              const tx = database.transaction(storeName, 'readwrite');
              const target = tx.objectStore(storeName);
              for (const row of chunk) target.put(row);
              tx.oncomplete = () => {
                database.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [store, rows.slice(start, start + CHUNK)] as const,
      );
    }
  }
}
