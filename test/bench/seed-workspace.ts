import type { Page } from '@playwright/test';
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceData } from '@shared/domain/workspace';
import { emptyTables, type Row, type WorkspaceTables } from '@shared/persistence/tables';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';

/** A plan version with its targets, seeded with the workspace. */
export interface PlanSnapshot {
  plan: SalesPlan;
  targets: PlanTarget[];
}

const CHUNK = 20_000;

/**
 * Writes a generated workspace straight into the app's IndexedDB (stores as the app created
 * them on its first start), as if a user had worked in it. Raw IndexedDB on purpose: the
 * benchmark measures the app reading it, not the seeding. With `diskRevision`, IndexedDB is
 * marked as caught up with a data folder that holds the same workspace.
 */
export async function seedWorkspace(
  page: Page,
  data: WorkspaceData,
  diskRevision = 0,
  plan?: PlanSnapshot,
): Promise<void> {
  const tables: Array<[string, readonly unknown[]]> = [
    ['sync', diskRevision > 0 ? [{ key: 'revision', value: diskRevision }] : []],
    ['members', data.members],
    ['territories', data.territories],
    ['accounts', data.accounts],
    ['actuals', data.actuals],
    ['plans', plan ? [plan.plan] : []],
    ['planTargets', plan?.targets ?? []],
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

/** The generated workspace as the durable tables main keeps on disk. */
export function asTables(data: WorkspaceData, plan?: PlanSnapshot): WorkspaceTables {
  return {
    ...emptyTables(),
    plans: (plan ? [plan.plan] : []) as unknown as Row[],
    planTargets: (plan?.targets ?? []) as unknown as Row[],
    members: data.members as unknown as Row[],
    territories: data.territories as unknown as Row[],
    accounts: data.accounts as unknown as Row[],
    actuals: data.actuals as unknown as Row[],
    meta: [
      {
        key: 'workspace',
        schemaVersion: WORKSPACE_SCHEMA_VERSION,
        origin: 'demo',
        createdAt: '2026-11-26T00:00:00.000Z',
        appVersion: 'bench',
      },
    ],
  };
}
