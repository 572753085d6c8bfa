import { describe, expect, it } from 'vitest';
import type { AppendApi } from '@renderer/persistence/disk-sync';
import { startDiskSync, type DiskSyncStatus } from '@renderer/persistence/disk-sync';
import { dumpWorkspace } from '@renderer/persistence/disk-state';
import { reconcileWithDisk } from '@renderer/persistence/reconcile';
import { createWorkspace } from '@renderer/db/workspace';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { freshDatabases } from '../fresh-db';
import { byKey, realMain } from './real-main';

const freshDb = freshDatabases('interrupted');
const never = new Promise<never>(() => undefined);

/**
 * The app closes (crash, quit, power) while a flush is under way: after `okCalls` appends
 * reach the disk, the next one either never reaches main or reaches it and the app dies
 * before hearing back.
 */
function dyingAfter(
  api: AppendApi,
  okCalls: number,
  lastReachesDisk: boolean,
): AppendApi & { died: Promise<void> } {
  let calls = 0;
  let die = () => undefined as void;
  const died = new Promise<void>((resolve) => (die = resolve));
  return {
    died,
    appendChanges: async (request) => {
      calls += 1;
      if (calls <= okCalls) return api.appendChanges(request);
      if (lastReachesDisk && calls === okCalls + 1) await api.appendChanges(request);
      die();
      return never;
    },
  };
}

describe('a save cut short', () => {
  it('a 25,000-row import cut after 2 of 5 batches comes back whole at the next start', async () => {
    const db = freshDb();
    const main = await realMain();
    await createWorkspace(
      db,
      'empty',
      generateWorkspace({ asOf: '2026-11-26', accounts: 0, months: 0 }),
      {
        appVersion: 'test',
      },
    );
    const first = startDiskSync(db, main.api, () => undefined);
    await first.flushNow();
    first.stop();

    const dyingApi = dyingAfter(main.api, 2, false);
    const dying = startDiskSync(db, dyingApi, () => undefined);
    const accounts = generateWorkspace({
      asOf: '2026-11-26',
      accounts: 25_000,
      months: 0,
    }).accounts;
    await db.accounts.bulkAdd(accounts);
    void dying.flushNow();
    await dyingApi.died;
    dying.stop();
    expect(main.persistence.status().counts.accounts).toBe(10_000);

    // Restart: main opens the folder again, the renderer reconciles and sends the rest.
    await main.persistence.close();
    const restarted = await realMain({ dataDir: main.dataDir });
    await reconcileWithDisk(db, restarted.api);
    const sync = startDiskSync(db, restarted.api, () => undefined);
    await sync.flushNow();
    sync.stop();
    expect(await db.accounts.count()).toBe(25_000);
    expect(restarted.persistence.status().counts.accounts).toBe(25_000);
    expect(await db.outbox.count()).toBe(0);
    expect(byKey(restarted.persistence.load().tables)).toEqual(byKey(await dumpWorkspace(db)));
  }, 60_000);

  it('an edit main acknowledged just before the app died is neither lost nor undone', async () => {
    const db = freshDb();
    const main = await realMain();
    const demo = generateWorkspace({ asOf: '2026-11-26', accounts: 50, months: 1 });
    await createWorkspace(db, 'demo', demo, { appVersion: 'test' });
    const first = startDiskSync(db, main.api, () => undefined);
    await first.flushNow();
    first.stop();

    const id = demo.members[0]!.id;
    const dyingApi = dyingAfter(main.api, 0, true);
    const dying = startDiskSync(db, dyingApi, () => undefined);
    await db.members.update(id, { capacity: 777 });
    void dying.flushNow();
    await dyingApi.died;
    dying.stop();
    // A later edit that never reached main at all.
    await db.members.update(demo.members[1]!.id, { capacity: 555 });

    await main.persistence.close();
    const restarted = await realMain({ dataDir: main.dataDir });
    const statuses: DiskSyncStatus[] = [];
    await expect(reconcileWithDisk(db, restarted.api)).resolves.toMatchObject({ kind: 'in-sync' });
    const sync = startDiskSync(db, restarted.api, (s) => statuses.push(s));
    await sync.flushNow();
    sync.stop();
    expect((await db.members.get(id))?.capacity).toBe(777);
    expect((await db.members.get(demo.members[1]!.id))?.capacity).toBe(555);
    const onDisk = restarted.persistence.load().tables.members;
    expect(onDisk.find((m) => m.id === id)?.capacity).toBe(777);
    expect(onDisk.find((m) => m.id === demo.members[1]!.id)?.capacity).toBe(555);
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('sets a change main refuses outright aside, says so, and saves every later one', async () => {
    const db = freshDb();
    const main = await realMain();
    const demo = generateWorkspace({ asOf: '2026-11-26', accounts: 20, months: 1 });
    await createWorkspace(db, 'demo', demo, { appVersion: 'test' });
    const statuses: DiskSyncStatus[] = [];
    const sync = startDiskSync(db, main.api, (s) => statuses.push(s));
    await sync.flushNow();
    const [a, b] = demo.members;
    // A BigInt cannot be written as JSON: the gate refuses the batch that carries it.
    await db.members.update(a!.id, { capacity: 10n as unknown as number });
    await sync.flushNow();
    expect(statuses.at(-1)).toMatchObject({ kind: 'set-aside', count: 1, code: 'invalid-request' });
    await db.members.update(b!.id, { capacity: 42 });
    await sync.flushNow();
    sync.stop();
    expect(await db.outbox.count()).toBe(0);
    expect((await db.sync.get('set-aside'))?.entries).toHaveLength(1);
    const onDisk = main.persistence.load().tables.members;
    expect(onDisk.find((m) => m.id === b!.id)?.capacity).toBe(42);
    expect(onDisk.find((m) => m.id === a!.id)?.capacity).toBe(a!.capacity);
  });
});
