import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceData } from '@shared/domain/workspace';
import { DB_VERSION, type PlannerDatabase } from './db';

export type WorkspaceStatus =
  | { kind: 'choose' }
  | { kind: 'ready' }
  /**
   * `source`: the database (IndexedDB) or the data folder on disk was written by a newer app,
   * or another running app holds the data folder (`disk-locked`).
   */
  | {
      kind: 'read-only';
      found: number;
      known: number;
      source: 'database' | 'disk' | 'disk-locked';
    };

/**
 * Opens the working database and reads its marker. A workspace written by a newer app is
 * opened read-only (the write lock refuses every change), never silently "upgraded".
 */
export async function openWorkspace(db: PlannerDatabase): Promise<WorkspaceStatus> {
  await db.open();
  // Dexie 4 opens an IndexedDB of a higher version as it is (IDB version = Dexie version × 10);
  // such a layout came from a newer app.
  const installed = db.backendDB().version / 10;
  if (installed > DB_VERSION) {
    db.writeLock.readOnly = true;
    return { kind: 'read-only', found: installed, known: DB_VERSION, source: 'database' };
  }
  const marker = await db.meta.get('workspace');
  if (!marker) return { kind: 'choose' };
  if (marker.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
    db.writeLock.readOnly = true;
    return {
      kind: 'read-only',
      found: marker.schemaVersion,
      known: WORKSPACE_SCHEMA_VERSION,
      source: 'database',
    };
  }
  return { kind: 'ready' };
}

export interface CreateOptions {
  appVersion: string;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** A plan the workspace starts with (the demo's approved plan for this year). */
  plan?: { plan: SalesPlan; targets: PlanTarget[] };
}

const CHUNK = 10_000;

/**
 * Fills an empty workspace in one transaction: either everything is stored, or (on cancel
 * or error) nothing is.
 */
export async function createWorkspace(
  db: PlannerDatabase,
  origin: 'demo' | 'empty',
  data: WorkspaceData,
  options: CreateOptions,
): Promise<void> {
  const total =
    data.members.length + data.territories.length + data.accounts.length + data.actuals.length;
  let done = 0;
  const step = async <T>(rows: readonly T[], put: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += CHUNK) {
      options.signal?.throwIfAborted();
      const chunk = rows.slice(start, start + CHUNK);
      await put(chunk);
      done += chunk.length;
      options.onProgress?.(total === 0 ? 1 : done / total);
    }
  };
  await db.transaction(
    'rw',
    [db.members, db.territories, db.accounts, db.actuals, db.plans, db.planTargets, db.meta],
    async () => {
      if (await db.meta.get('workspace')) throw new Error('The workspace already exists.');
      await step(data.members, (chunk) => db.members.bulkAdd(chunk));
      await step(data.territories, (chunk) => db.territories.bulkAdd(chunk));
      await step(data.accounts, (chunk) => db.accounts.bulkAdd(chunk));
      await step(data.actuals, (chunk) => db.actuals.bulkAdd(chunk));
      if (options.plan) {
        await db.plans.add(options.plan.plan);
        await db.planTargets.bulkAdd(options.plan.targets);
      }
      options.signal?.throwIfAborted();
      await db.meta.put({
        key: 'workspace',
        schemaVersion: WORKSPACE_SCHEMA_VERSION,
        origin,
        createdAt: new Date().toISOString(),
        appVersion: options.appVersion,
      });
    },
  );
  options.onProgress?.(1);
}
