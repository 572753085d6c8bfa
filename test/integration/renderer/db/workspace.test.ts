import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_SCHEMA_VERSION } from '@shared/domain/workspace';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { DB_VERSION, PlannerDatabase } from '@renderer/db/db';
import { WorkspaceReadOnlyError } from '@renderer/db/read-only-guard';
import { createWorkspace, openWorkspace } from '@renderer/db/workspace';

let counter = 0;
const open: PlannerDatabase[] = [];
function freshDb() {
  const db = new PlannerDatabase(`test-${(counter += 1)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const demo = () => generateWorkspace({ asOf: '2026-11-26', accounts: 300 });

describe('openWorkspace', () => {
  it('asks for a choice when nothing was created yet', async () => {
    await expect(openWorkspace(freshDb())).resolves.toEqual({ kind: 'choose' });
  });

  it('opens a workspace this app wrote', async () => {
    const db = freshDb();
    await createWorkspace(db, 'demo', demo(), { appVersion: '0.1.0' });
    await expect(openWorkspace(db)).resolves.toEqual({ kind: 'ready' });
    expect(await db.members.count()).toBe(12);
    expect(await db.accounts.count()).toBe(300);
  });

  it('opens a workspace from a newer app read-only and refuses every write', async () => {
    const db = freshDb();
    await db.meta.put({
      key: 'workspace',
      schemaVersion: WORKSPACE_SCHEMA_VERSION + 1,
      origin: 'demo',
      createdAt: '',
      appVersion: '9.0.0',
    });
    await expect(openWorkspace(db)).resolves.toEqual({
      kind: 'read-only',
      found: WORKSPACE_SCHEMA_VERSION + 1,
      known: WORKSPACE_SCHEMA_VERSION,
      source: 'database',
    });
    await expect(db.settings.put({ key: 'language', value: 'de' })).rejects.toBeInstanceOf(
      WorkspaceReadOnlyError,
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('opens an IndexedDB of a higher version (a newer app’s layout) read-only', async () => {
    const name = `test-newer-${(counter += 1)}`;
    const newer = new Dexie(name);
    newer
      .version(DB_VERSION + 5)
      .stores({ members: 'id', meta: 'key', settings: 'key', future: 'id' });
    await newer.open();
    newer.close();
    const db = new PlannerDatabase(name);
    open.push(db);
    const status = await openWorkspace(db);
    expect(status).toMatchObject({ kind: 'read-only', known: DB_VERSION });
    await expect(db.settings.put({ key: 'x', value: 1 })).rejects.toBeInstanceOf(
      WorkspaceReadOnlyError,
    );
  });
});

describe('createWorkspace', () => {
  it('reports progress up to 1', async () => {
    const progress = vi.fn();
    await createWorkspace(freshDb(), 'demo', demo(), { appVersion: '0.1.0', onProgress: progress });
    const values = progress.mock.calls.map(([v]) => v as number);
    expect(values.at(-1)).toBe(1);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('writes nothing when cancelled halfway', async () => {
    const db = freshDb();
    const controller = new AbortController();
    const data = generateWorkspace({ asOf: '2026-11-26', accounts: 25_000, months: 1 });
    const run = createWorkspace(db, 'demo', data, {
      appVersion: '0.1.0',
      signal: controller.signal,
      onProgress: (fraction) => fraction > 0.2 && controller.abort(),
    });
    await expect(run).rejects.toThrow();
    expect(await db.accounts.count()).toBe(0);
    expect(await db.members.count()).toBe(0);
    expect(await db.meta.get('workspace')).toBeUndefined();
  });

  it('refuses to create a second workspace over the first', async () => {
    const db = freshDb();
    await createWorkspace(
      db,
      'empty',
      { members: [], territories: [], accounts: [], actuals: [] },
      { appVersion: '0.1.0' },
    );
    await expect(createWorkspace(db, 'demo', demo(), { appVersion: '0.1.0' })).rejects.toThrow(
      /already exists/,
    );
    expect(await db.members.count()).toBe(0);
  });

  it('opens the database with strict durability', async () => {
    const db = freshDb();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await db.settings.put({ key: 'k', value: 1 });
    expect(
      spy.mock.calls.some(
        (call) => (call[2] as { durability?: string } | undefined)?.durability === 'strict',
      ),
    ).toBe(true);
    spy.mockRestore();
  });
});
