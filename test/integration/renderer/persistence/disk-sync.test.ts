import { describe, expect, it, vi } from 'vitest';
import { freshDatabases, member } from '../fresh-db';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { createWorkspace } from '@renderer/db/workspace';
import { dumpWorkspace } from '@renderer/persistence/disk-state';
import { startDiskSync, type DiskSyncStatus } from '@renderer/persistence/disk-sync';
import { reconcileWithDisk } from '@renderer/persistence/reconcile';
import { faultyFileSystem } from '../../electron/services/persistence/faulty-fs';
import { byKey, realMain } from './real-main';

const freshDb = freshDatabases('sync');

const demo = () => generateWorkspace({ asOf: '2026-11-26', accounts: 120, months: 2 });

describe('disk sync', () => {
  it('writes every committed change to the data folder and empties the outbox', async () => {
    const db = freshDb();
    const main = await realMain();
    const statuses: DiskSyncStatus[] = [];
    const sync = startDiskSync(db, main.api, (s) => statuses.push(s));
    await createWorkspace(db, 'demo', demo(), { appVersion: 'test' });
    await db.members.update(demo().members[0]!.id, { capacity: 99 });
    await sync.flushNow();
    sync.stop();

    expect(await db.outbox.count()).toBe(0);
    expect((await db.sync.get('revision'))?.value).toBe(main.persistence.status().revision);
    expect(byKey(main.persistence.load().tables)).toEqual(byKey(await dumpWorkspace(db)));
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('says "saving" as soon as a change commits, and "saved" once main has it on disk', async () => {
    const db = freshDb();
    const main = await realMain();
    await createWorkspace(db, 'demo', demo(), { appVersion: 'test' });
    const statuses: DiskSyncStatus[] = [];
    const sync = startDiskSync(db, main.api, (s) => statuses.push(s));
    await sync.flushNow();
    statuses.length = 0;

    await db.members.update(demo().members[0]!.id, { capacity: 77 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Committed in IndexedDB, not yet on disk: the status must not still claim "saved".
    expect(statuses).toEqual([{ kind: 'saving' }]);
    await sync.flushNow();
    sync.stop();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    expect(
      main.persistence.load().tables.members.find((m) => m.id === demo().members[0]!.id),
    ).toMatchObject({ capacity: 77 });
  });

  it('keeps changes in the outbox when the disk is full, says so, and writes them later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = freshDb();
      const faulty = faultyFileSystem();
      const main = await realMain({ fs: faulty.fs });
      const statuses: DiskSyncStatus[] = [];
      const sync = startDiskSync(db, main.api, (s) => statuses.push(s));
      faulty.fail('writeFile', 'ENOSPC', 1);
      await db.members.add(member('a', 'Anna'));
      await sync.flushNow();
      expect(statuses.at(-1)).toMatchObject({ kind: 'failed', code: 'disk-full' });
      expect(await db.outbox.count()).toBe(1);
      expect(main.persistence.status().counts.members).toBe(0);

      // Another change while the failure stands: the failure stays on screen until it is fixed.
      await db.members.add(member('b', 'Bert'));
      await vi.advanceTimersByTimeAsync(0);
      expect(statuses.at(-1)).toMatchObject({ kind: 'failed', code: 'disk-full' });

      await vi.advanceTimersByTimeAsync(1_500);
      await sync.flushNow();
      sync.stop();
      expect(statuses.at(-1)).toEqual({ kind: 'saved' });
      expect(main.persistence.load().tables.members).toEqual([
        member('a', 'Anna'),
        member('b', 'Bert'),
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('reconcileWithDisk', () => {
  it('restores the workspace from disk when IndexedDB comes up empty (profile reset)', async () => {
    const main = await realMain();
    const first = freshDb();
    const sync = startDiskSync(first, main.api, () => undefined);
    await createWorkspace(first, 'demo', demo(), { appVersion: 'test' });
    await sync.flushNow();
    sync.stop();

    const fresh = freshDb();
    await expect(reconcileWithDisk(fresh, main.api)).resolves.toMatchObject({
      kind: 'restored-from-disk',
      counts: { members: 12, accounts: 120 },
    });
    expect(byKey(await dumpWorkspace(fresh))).toEqual(byKey(await dumpWorkspace(first)));
    expect(await fresh.outbox.count()).toBe(0);
  });

  it('writes IndexedDB to an empty data folder instead of showing an empty workspace', async () => {
    const db = freshDb();
    await createWorkspace(db, 'demo', demo(), { appVersion: 'test' });
    const main = await realMain();
    await expect(reconcileWithDisk(db, main.api)).resolves.toMatchObject({ kind: 'saved-to-disk' });
    expect(byKey(main.persistence.load().tables)).toEqual(byKey(await dumpWorkspace(db)));
    expect(await db.outbox.count()).toBe(0);
  });

  it('does nothing when both agree, and reports a fresh start as such', async () => {
    const main = await realMain();
    const db = freshDb();
    await expect(reconcileWithDisk(db, main.api)).resolves.toEqual({ kind: 'nothing-yet' });
    const sync = startDiskSync(db, main.api, () => undefined);
    await createWorkspace(
      db,
      'empty',
      { members: [], territories: [], accounts: [], actuals: [] },
      { appVersion: 'test' },
    );
    await sync.flushNow();
    sync.stop();
    await expect(reconcileWithDisk(db, main.api)).resolves.toMatchObject({ kind: 'in-sync' });
  });
});
