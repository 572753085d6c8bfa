import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../../../electron/services/persistence/atomic-write';
import { nodeFileSystem } from '../../../../../electron/services/persistence/file-system';
import { faultyFileSystem, type Step } from './faulty-fs';
import { tempDir } from '../../../../helpers/temp-dirs';

function folderWithTarget() {
  const dir = tempDir('stp-atomic-');
  const target = path.join(dir, 'snapshot.stsnap');
  writeFileSync(target, 'the previous snapshot');
  return { dir, target };
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const { dir, target } = folderWithTarget();
    await writeFileAtomic(nodeFileSystem, target, 'the new snapshot');
    expect(readFileSync(target, 'utf8')).toBe('the new snapshot');
    expect(readdirSync(dir)).toEqual(['snapshot.stsnap']);
  });

  it('syncs the file before the rename and the folder after it', async () => {
    const { target } = folderWithTarget();
    const faulty = faultyFileSystem();
    await writeFileAtomic(faulty.fs, target, 'x', { platform: 'linux' });
    const steps = faulty.calls.map(([step]) => step);
    expect(steps.indexOf('sync')).toBeLessThan(steps.indexOf('rename'));
    expect(faulty.calls.slice(-2)).toEqual([
      ['sync', path.dirname(target)],
      ['close', path.dirname(target)],
    ]);
  });

  const steps: Step[] = ['open', 'writeFile', 'sync', 'close', 'rename'];
  const codes = ['ENOSPC', 'EACCES', 'EPERM', 'EIO', 'EXDEV'];
  for (const step of steps) {
    for (const code of codes) {
      it(`${code} at ${step}: the old file stays byte-identical, no temp file, the error reaches the caller`, async () => {
        const { dir, target } = folderWithTarget();
        const before = readFileSync(target);
        const faulty = faultyFileSystem();
        faulty.fail(step, code, 99, (p) => p !== dir);
        await expect(
          writeFileAtomic(faulty.fs, target, 'the new snapshot', {
            platform: 'linux',
            sleep: async () => undefined,
          }),
        ).rejects.toMatchObject({ code });
        expect(readFileSync(target).equals(before)).toBe(true);
        expect(readdirSync(dir)).toEqual(['snapshot.stsnap']);
      });
    }
  }

  it('keeps the original error when removing the temp file fails too', async () => {
    const { target } = folderWithTarget();
    const faulty = faultyFileSystem();
    faulty.fail('writeFile', 'ENOSPC');
    faulty.fail('unlink', 'EPERM');
    await expect(
      writeFileAtomic(faulty.fs, target, 'x', { platform: 'linux' }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('on Windows retries a rename held by a scanner (EPERM twice), then succeeds', async () => {
    const { target } = folderWithTarget();
    const faulty = faultyFileSystem();
    const sleep = vi.fn(async () => undefined);
    faulty.fail('rename', 'EPERM', 2);
    await writeFileAtomic(faulty.fs, target, 'new', { platform: 'win32', sleep });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(sleep).toHaveBeenCalledTimes(2);
  });

  it('retries a bounded number of times and never retries EXDEV or on other platforms', async () => {
    const { target } = folderWithTarget();
    for (const [platform, code, expectedSleeps] of [
      ['win32', 'EBUSY', 4],
      ['win32', 'EXDEV', 0],
      ['linux', 'EPERM', 0],
    ] as const) {
      const faulty = faultyFileSystem();
      const sleep = vi.fn(async () => undefined);
      faulty.fail('rename', code, 99);
      await expect(
        writeFileAtomic(faulty.fs, target, 'new', { platform, sleep }),
      ).rejects.toMatchObject({ code });
      expect(sleep).toHaveBeenCalledTimes(expectedSleeps);
      expect(readFileSync(target, 'utf8')).toBe('the previous snapshot');
    }
  });
});
