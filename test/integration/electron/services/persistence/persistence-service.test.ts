import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeWorkspaceFile } from '../../../../../electron/services/persistence/workspace-file';
import { emptyTables, type ChangeOp } from '@shared/persistence/tables';
import { faultyFileSystem } from './faulty-fs';
import { restartingService } from './restarting-service';
import { tempDir } from '../../../../helpers/temp-dirs';

let clock = Date.parse('2026-11-26T09:00:00Z');
const now = () => new Date((clock += 1000));
const dataDir = () => tempDir('stp-data-');
const open = restartingService(now);
const member = (id: string, name = `Member ${id}`) => ({ id, name, nameKey: name.toLowerCase() });
const put = (...rows: Array<Record<string, unknown>>): ChangeOp => ({
  type: 'put',
  table: 'members',
  rows,
});

describe('PersistenceService', () => {
  it('starts empty, journals every change and replays it after a restart', async () => {
    const dir = dataDir();
    const first = await open(dir);
    expect(first.status()).toMatchObject({ revision: 0, condition: 'empty' });
    await first.append([put(member('m1'), member('m2'))]);
    await first.append([{ type: 'delete', table: 'members', keys: ['m1'] }]);
    await first.append([
      {
        type: 'put',
        table: 'actuals',
        rows: [{ memberId: 'm2', month: '2026-10', newBusinessCents: 5 }],
      },
    ]);

    const second = await open(dir);
    expect(second.status()).toMatchObject({
      revision: 3,
      condition: 'ok',
      counts: { members: 1, actuals: 1 },
    });
    expect(second.load().tables.members).toEqual([member('m2')]);
  });

  it('folds the journal into an atomic, verified snapshot', async () => {
    const dir = dataDir();
    const service = await open(dir, { compactAfterBytes: 200 });
    for (let i = 0; i < 5; i += 1) await service.append([put(member(`m${i}`))]);
    const files = readdirSync(path.join(dir, 'workspace')).sort();
    expect(files).toEqual(['journal.ndjson', 'snapshot.stsnap']);
    expect(readFileSync(path.join(dir, 'workspace', 'journal.ndjson'), 'utf8').length).toBeLessThan(
      200,
    );
    const reopened = await open(dir);
    expect(reopened.status()).toMatchObject({ revision: 5, counts: { members: 5 } });
  });

  it('reports a full disk with its code, keeps the journal clean and works again afterwards', async () => {
    const dir = dataDir();
    const faulty = faultyFileSystem();
    const service = await open(dir, { fs: faulty.fs });
    await service.append([put(member('m1'))]);
    faulty.fail('sync', 'ENOSPC');
    await expect(service.append([put(member('m2'))])).rejects.toMatchObject({
      ipcCode: 'disk-full',
    });
    expect(service.status().revision).toBe(1);
    await service.append([put(member('m3'))]);
    const reopened = await open(dir);
    expect(
      reopened
        .load()
        .tables.members.map((m) => m.id)
        .sort(),
    ).toEqual(['m1', 'm3']);
    expect(reopened.status().revision).toBe(2);
  });

  it.each([
    ['EACCES', 'no-permission'],
    ['EBUSY', 'file-locked'],
    ['EIO', 'io'],
  ])('turns %s into %s', async (code, ipcCode) => {
    const faulty = faultyFileSystem();
    const service = await open(dataDir(), { fs: faulty.fs });
    faulty.fail('open', code);
    await expect(service.append([put(member('m1'))])).rejects.toMatchObject({ ipcCode });
  });

  it('backs up, restores, and undoes the restore in one step', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1', 'Anna'))]);
    const backup = await service.backupNow('manual');
    await service.append([put(member('m2', 'Björn'))]);

    const restored = await service.restore(backup.id);
    expect(restored.tables.members.map((m) => m.name)).toEqual(['Anna']);
    expect(service.load().tables.members).toHaveLength(1);
    const list = await service.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    expect(list[0]!.sequence).toBeGreaterThan(list[1]!.sequence);

    await service.restore(restored.undoBackupId);
    expect(
      service
        .load()
        .tables.members.map((m) => m.name)
        .sort(),
    ).toEqual(['Anna', 'Björn']);
    expect((await open(dir)).load().tables.members).toHaveLength(2);
  });

  it('refuses a damaged backup before changing anything', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1'))]);
    const backup = await service.backupNow('manual');
    const file = path.join(dir, 'backups', `${backup.id}.stsnap`);
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    writeFileSync(file, bytes);
    await service.append([put(member('m2'))]);
    await expect(service.restore(backup.id)).rejects.toMatchObject({ ipcCode: 'damaged' });
    await expect(service.restore('../../etc/passwd')).rejects.toMatchObject({
      ipcCode: 'not-found',
    });
    expect(service.status()).toMatchObject({ revision: 2, counts: { members: 2 } });
  });

  it('recovers from a damaged snapshot with the newest valid backup and says so', async () => {
    const dir = dataDir();
    const service = await open(dir, { compactAfterBytes: 1 });
    await service.append([put(member('m1'))]);
    const backup = await service.backupNow('auto');
    await service.append([put(member('m2'))]);
    await service.compact();
    const snapshot = path.join(dir, 'workspace', 'snapshot.stsnap');
    writeFileSync(snapshot, readFileSync(snapshot).subarray(0, 50));

    const recovered = await open(dir);
    expect(recovered.status()).toMatchObject({
      condition: 'recovered-from-backup',
      recoveredFrom: { backupId: backup.id, revision: 1 },
      counts: { members: 1 },
    });
    expect(
      readdirSync(path.join(dir, 'workspace')).some((f) => f.startsWith('snapshot.damaged-')),
    ).toBe(true);
  });

  it('opens a data folder of a newer app read-only and changes nothing in it', async () => {
    const dir = dataDir();
    const service = await open(dir, { compactAfterBytes: 1 });
    await service.append([put(member('m1'))]);
    await service.compact();
    const snapshot = path.join(dir, 'workspace', 'snapshot.stsnap');
    const text = readFileSync(snapshot, 'utf8').replace('"formatVersion":1', '"formatVersion":99');
    writeFileSync(snapshot, text);
    const newer = await open(dir);
    expect(newer.status().condition).toBe('newer-format');
    await expect(newer.append([put(member('m2'))])).rejects.toMatchObject({ ipcCode: 'read-only' });
    await expect(newer.backupNow('manual')).rejects.toMatchObject({ ipcCode: 'read-only' });
    expect(readFileSync(snapshot, 'utf8')).toBe(text);
  });

  it('exports and re-imports a workspace file; refuses other files with a reason', async () => {
    const dir = dataDir();
    const service = await open(dir);
    await service.append([put(member('m1', 'Zoë'))]);
    const file = path.join(dir, 'export.stplan');
    await service.exportWorkspace(file);
    const read = await service.readWorkspaceFile(file);
    expect(read.tables.members).toEqual([member('m1', 'Zoë')]);
    writeFileSync(path.join(dir, 'list.csv'), 'Name;PLZ\n');
    await expect(service.readWorkspaceFile(path.join(dir, 'list.csv'))).rejects.toMatchObject({
      ipcCode: 'not-a-workspace',
    });
    await expect(service.readWorkspaceFile(path.join(dir, 'missing.stplan'))).rejects.toMatchObject(
      { ipcCode: 'io' },
    );
    const snapshot = encodeWorkspaceFile(emptyTables(), {
      kind: 'snapshot',
      schemaVersion: 1,
      appVersion: 'x',
      revision: 1,
      createdAt: 'x',
    });
    writeFileSync(path.join(dir, 'snap.stplan'), snapshot);
    await expect(service.readWorkspaceFile(path.join(dir, 'snap.stplan'))).rejects.toMatchObject({
      ipcCode: 'wrong-kind',
    });
  });

  it('export → wipe → import gives back exactly the same workspace (property)', async () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'ä', 'ß', 'Ö', '€', '😀', '"', ';', '\n', ' ', '💼'),
    });
    const rows = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        name: text,
        potentialCents: fc.integer({ min: 0, max: 2 ** 50 }),
        strategic: fc.boolean(),
      }),
      { selector: (r) => r.id, maxLength: 20 },
    );
    await fc.assert(
      fc.asyncProperty(rows, async (accounts) => {
        const dir = dataDir();
        const source = await open(dir);
        await source.append([{ type: 'put', table: 'accounts', rows: accounts }]);
        const file = path.join(dir, 'ws.stplan');
        await source.exportWorkspace(file);
        const target = await open(dataDir());
        const imported = await target.readWorkspaceFile(file);
        await target.replaceAll(imported.tables);
        expect(target.load().tables).toEqual(source.load().tables);
      }),
      { numRuns: 25 },
    );
  });
});
