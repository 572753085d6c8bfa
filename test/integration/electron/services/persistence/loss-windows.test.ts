import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  appendFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PersistenceService } from '../../../../../electron/services/persistence/persistence-service';
import type { ChangeOp } from '@shared/persistence/tables';
import { faultyFileSystem } from './faulty-fs';
import { restartingService } from './restarting-service';

// The ways to lose acknowledged or committed data that a review with fault experiments found;
// each test fails on the code before the fix.
let clock = Date.parse('2026-11-26T09:00:00Z');
const now = () => new Date((clock += 1000));
const made: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stp-loss-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const open = restartingService(now);
const member = (id: string, name = `Member ${id}`) => ({ id, name });
const put = (...rows: Array<Record<string, unknown>>): ChangeOp => ({
  type: 'put',
  table: 'members',
  rows,
});
const ids = (service: PersistenceService) =>
  service
    .load()
    .tables.members.map((m) => m.id as string)
    .sort();
const workspace = (dir: string) => path.join(dir, 'workspace');
const isFolder = (p: string) => p.endsWith(`${path.sep}workspace`);

describe('a failed whole replacement', () => {
  it('keeps disk and memory agreeing when the folder sync after the rename fails', async () => {
    const dir = dataDir();
    const faulty = faultyFileSystem();
    const service = await open(dir, { fs: faulty.fs });
    await service.append([put(member('m1'))]);
    faulty.fail('sync', 'EIO', 1, isFolder);
    await service
      .replaceAll({ ...service.load().tables, members: [member('r1')] })
      .catch(() => null);
    await service.append([put(member('m2'))]);
    const reopened = await open(dir);
    expect(ids(reopened)).toEqual(ids(service));
    expect(ids(reopened)).toEqual(['m2', 'r1']);
    expect(reopened.status().revision).toBe(service.status().revision);
  });

  it('keeps disk and memory agreeing when the journal cannot be emptied afterwards', async () => {
    const dir = dataDir();
    const faulty = faultyFileSystem();
    const service = await open(dir, { fs: faulty.fs });
    await service.append([put(member('m1'))]);
    faulty.fail('open', 'ENOSPC', 1, (p) => p.includes('journal.ndjson.'));
    await service
      .replaceAll({ ...service.load().tables, members: [member('r1')] })
      .catch(() => null);
    await service.append([put(member('m2'))]);
    expect(ids(await open(dir))).toEqual(['m2', 'r1']);
  });

  it('backs up what the disk held before replacing it', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1'))]);
    await service.replaceAll({ ...service.load().tables, members: [] });
    const [backup] = await service.listBackups();
    expect(backup).toMatchObject({ reason: 'before-replace', counts: { members: 1 } });
  });
});

describe('an append that fails and cannot be cut off', () => {
  it('refuses further writes until the journal is rewritten: the refused change never comes back', async () => {
    const dir = dataDir();
    const faulty = faultyFileSystem();
    const service = await open(dir, { fs: faulty.fs });
    await service.append([put(member('m1'))]);
    // The line reaches the file, fsync fails, and cutting it off fails too.
    faulty.fail('sync', 'EIO', 1, (p) => p.endsWith('journal.ndjson'));
    faulty.fail('truncate', 'EIO', 1);
    await expect(service.append([put(member('refused'))])).rejects.toMatchObject({
      ipcCode: 'journal-unverified',
    });
    // While the journal cannot be rewritten, nothing is written on top of it.
    faulty.fail('open', 'EIO', 1, (p) => p.includes('snapshot.stsnap.'));
    await expect(service.append([put(member('m2'))])).rejects.toMatchObject({
      ipcCode: 'journal-unverified',
    });
    await service.append([put(member('m3'))]);
    const reopened = await open(dir);
    expect(ids(reopened)).toEqual(['m1', 'm3']);
    expect(reopened.status().revision).toBe(service.status().revision);
  });
});

describe('a damaged journal', () => {
  it('is kept aside as found, the rest is recovered, and the status says so', async () => {
    const dir = dataDir();
    const service = await open(dir);
    for (const id of ['m1', 'm2', 'm3']) await service.append([put(member(id))]);
    const file = path.join(workspace(dir), 'journal.ndjson');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace('"revision":2', '"revision":"2"x');
    const damaged = lines.join('\n');
    writeFileSync(file, damaged);

    const reopened = await open(dir);
    expect(ids(reopened)).toEqual(['m1', 'm3']);
    const damage = reopened.status().journalDamage;
    expect(damage).toMatchObject({ lines: 1 });
    expect(readFileSync(path.join(workspace(dir), damage!.keptAs), 'utf8')).toBe(damaged);
    // Folded into a clean snapshot: the next start finds nothing damaged.
    expect((await open(dir)).status()).toMatchObject({ journalDamage: null, condition: 'ok' });
  });

  it('sets aside an entry for a table this app does not know instead of failing to open', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1'))]);
    appendFileSync(
      path.join(workspace(dir), 'journal.ndjson'),
      `${JSON.stringify({ revision: 2, at: 'x', ops: [{ type: 'put', table: 'gadgets', rows: [{ id: 'g' }] }] })}\n`,
    );
    const reopened = await open(dir);
    expect(reopened.status()).toMatchObject({ journalDamage: { lines: 1 }, revision: 1 });
    await reopened.append([put(member('m2'))]);
    expect(ids(await open(dir))).toEqual(['m1', 'm2']);
  });

  it('a torn last line (crash mid-append) costs nothing acknowledged, before or after it', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1'))]);
    const half = JSON.stringify({ revision: 2, at: 'x', ops: [put(member('never-acked'))] });
    appendFileSync(path.join(workspace(dir), 'journal.ndjson'), half.slice(0, half.length / 2));
    const afterCrash = await open(dir);
    await afterCrash.append([put(member('m2'))]);
    const again = await open(dir);
    expect(ids(again)).toEqual(['m1', 'm2']);
    expect(again.status().journalDamage).toBeNull();
  });
});

describe('a damaged snapshot whose body is still valid JSON', () => {
  it('is caught by its checksum, not read as if nothing happened', async () => {
    const dir = dataDir();
    const service = await open(dir, { compactAfterBytes: 1 });
    await service.append([put(member('m1', 'Anna'))]);
    const backup = await service.backupNow('manual');
    await service.append([put(member('m2', 'Bert'))]);
    await service.compact();
    const file = path.join(workspace(dir), 'snapshot.stsnap');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"Bert"');
    writeFileSync(file, text.replace('"Bert"', '"Bart"'));
    const reopened = await open(dir);
    expect(reopened.status()).toMatchObject({
      condition: 'recovered-from-backup',
      recoveredFrom: { backupId: backup.id },
    });
    expect(reopened.load().tables.members.map((m) => m.name)).toEqual(['Anna']);
  });
});

describe('a data folder from a newer app', () => {
  it('opens read-only when the snapshot carries a newer schema version, and keeps it', async () => {
    const dir = dataDir();
    const service = await open(dir, { compactAfterBytes: 1 });
    await service.append([put(member('m1'))]);
    await service.compact();
    const file = path.join(workspace(dir), 'snapshot.stsnap');
    const text = readFileSync(file, 'utf8').replace(/"schemaVersion":\d+/, '"schemaVersion":99');
    writeFileSync(file, text);
    const newer = await open(dir);
    expect(newer.status().condition).toBe('newer-format');
    await expect(newer.append([put(member('m2'))])).rejects.toMatchObject({ ipcCode: 'read-only' });
    await newer.compact().catch(() => null);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('two apps on one data folder', () => {
  it('lets only one write; the other opens read-only and says who holds the folder', async () => {
    const dir = dataDir();
    const first = await PersistenceService.open({ dataDir: dir, appVersion: 'a', now });
    const second = await PersistenceService.open({ dataDir: dir, appVersion: 'b', now });
    expect(second.status()).toMatchObject({
      condition: 'locked',
      lockedBy: { pid: process.pid },
    });
    for (let i = 0; i < 10; i += 1) {
      await first.append([put(member(`a${i}`))]);
      await expect(second.append([put(member(`b${i}`))])).rejects.toMatchObject({
        ipcCode: 'read-only',
      });
    }
    await first.close();
    const third = await PersistenceService.open({ dataDir: dir, appVersion: 'c', now });
    expect(third.status().condition).toBe('ok');
    expect(ids(third)).toHaveLength(10);
    await third.close();
  });

  it('takes over a lock whose process is gone, or that another computer stopped renewing', async () => {
    const dir = dataDir();
    await PersistenceService.open({ dataDir: dir, appVersion: 'a', now, lock: { pid: 1 } });
    const afterCrash = await open(dir, { lock: { pid: 2, isAlive: () => false } });
    expect(afterCrash.status().condition).toBe('empty');

    const shared = dataDir();
    let wall = Date.parse('2026-11-26T09:00:00Z');
    const at = () => new Date(wall);
    await PersistenceService.open({
      dataDir: shared,
      appVersion: 'a',
      now: at,
      lock: { host: 'laptop-a' },
    });
    wall += 60_000;
    const soon = await PersistenceService.open({
      dataDir: shared,
      appVersion: 'b',
      now: at,
      lock: { host: 'laptop-b' },
    });
    expect(soon.status()).toMatchObject({ condition: 'locked', lockedBy: { host: 'laptop-a' } });
    wall += 5 * 60_000;
    const later = await PersistenceService.open({
      dataDir: shared,
      appVersion: 'b',
      now: at,
      lock: { host: 'laptop-b' },
    });
    expect(later.status().condition).not.toBe('locked');
    await later.close();
    expect(existsSync(path.join(shared, 'folder.lock'))).toBe(false);
  });
});

describe('a lock after a reboot or a long sleep', () => {
  it('is taken over when not renewed, even if its pid now belongs to another program', async () => {
    const dir = dataDir();
    let wall = Date.parse('2026-11-26T09:00:00Z');
    const at = () => new Date(wall);
    await PersistenceService.open({ dataDir: dir, appVersion: 'a', now: at, lock: { pid: 77 } });
    wall += 10 * 60_000;
    // After a reboot pid 77 runs something else: alive, but not renewing the lock.
    const next = await PersistenceService.open({
      dataDir: dir,
      appVersion: 'b',
      now: at,
      lock: { pid: 78, isAlive: () => true },
    });
    expect(next.status().condition).not.toBe('locked');
    await next.close();
  });

  it('stops writing when another computer took the folder over while this one slept', async () => {
    const dir = dataDir();
    let wall = Date.parse('2026-11-26T09:00:00Z');
    const at = () => new Date(wall);
    const sleeper = await PersistenceService.open({
      dataDir: dir,
      appVersion: 'a',
      now: at,
      lock: { host: 'laptop-a' },
    });
    await sleeper.append([put(member('a1'))]);
    wall += 3 * 60 * 60_000;
    const other = await PersistenceService.open({
      dataDir: dir,
      appVersion: 'b',
      now: at,
      lock: { host: 'laptop-b' },
    });
    expect(other.status().condition).toBe('ok');
    await sleeper.renewLock();
    expect(sleeper.status()).toMatchObject({ condition: 'locked', lockedBy: { host: 'laptop-b' } });
    await expect(sleeper.append([put(member('a2'))])).rejects.toMatchObject({
      ipcCode: 'read-only',
    });
    await other.append([put(member('b1'))]);
    expect(ids(other)).toEqual(['a1', 'b1']);
    await other.close();
  });
});

describe('a clock that jumps', () => {
  async function restoreUndoWorksAfter(shiftMs: number) {
    const dir = dataDir();
    let wall = Date.parse('2026-11-26T12:00:00Z');
    const at = () => new Date((wall += 1000));
    const service = await open(dir, { now: at });
    // Several backups under the wrong (or right) time, then the clock jumps.
    for (let i = 0; i < 4; i += 1) {
      await service.append([put(member(`x${i}`))]);
      await service.backupNow('manual');
    }
    await service.append([put(member('m1'))]);
    const early = await service.backupNow('manual');
    wall += shiftMs;
    await service.append([put(member('after-jump'))]);
    const before = ids(service);
    const restored = await service.restore(early.id);
    expect(restored.tables.members).toHaveLength(5);
    const list = await service.listBackups();
    expect(list[0]!.id).toBe(restored.undoBackupId);
    await service.restore(restored.undoBackupId);
    expect(ids(service)).toEqual(before);
  }

  it('restore can still be undone after the clock was set back 2 hours', async () => {
    await restoreUndoWorksAfter(-2 * 3_600_000);
  });

  it('restore can still be undone after the clock ran 2 days ahead and was corrected', async () => {
    // The backups were made while the clock was 2 days ahead; now it is right again.
    await restoreUndoWorksAfter(-2 * 86_400_000);
  });

  it('restore can still be undone when the clock jumps 2 days ahead', async () => {
    await restoreUndoWorksAfter(2 * 86_400_000);
  });

  it('keeps making automatic backups after the clock was set back', async () => {
    const dir = dataDir();
    let wall = Date.parse('2026-11-26T12:00:00Z');
    let mono = 0;
    const service = await open(dir, { now: () => new Date(wall), monotonicMs: () => mono });
    await service.append([put(member('m1'))]);
    expect(await service.maybeAutoBackup()).not.toBeNull();
    wall -= 2 * 3_600_000;
    mono += 16 * 60_000;
    await service.append([put(member('m2'))]);
    expect(await service.maybeAutoBackup()).not.toBeNull();
    // And not before 15 minutes of the app's own time have passed.
    await service.append([put(member('m3'))]);
    mono += 60_000;
    expect(await service.maybeAutoBackup()).toBeNull();
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(2);
  });
});

describe('the size of one write', () => {
  it('refuses an append larger than the cap before touching the journal', async () => {
    const dir = dataDir();
    const service = await open(dir, { maxAppendBytes: 10_000 });
    await service.append([put(member('m1'))]);
    await expect(
      service.append([put({ id: 'big', note: 'x'.repeat(20_000) })]),
    ).rejects.toMatchObject({ ipcCode: 'too-large' });
    await service.append([put(member('m2'))]);
    expect(ids(await open(dir))).toEqual(['m1', 'm2']);
  });
});
