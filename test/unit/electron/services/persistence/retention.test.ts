import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  isAutoBackupDue,
} from '../../../../../electron/services/persistence/retention';

const now = new Date('2026-11-26T15:00:00Z');
const at = (iso: string) => ({ id: iso, createdAt: new Date(iso) });

describe('backupsToKeep', () => {
  it('keeps the three newest of today', () => {
    const today = ['08:00', '09:00', '10:00', '11:00', '12:00'].map((t) =>
      at(`2026-11-26T${t}:00.000Z`),
    );
    expect([...backupsToKeep(today, now)].sort()).toEqual(today.slice(2).map((b) => b.id));
  });

  it('keeps the newest of each earlier day for 30 days, nothing older', () => {
    const backups = [
      at('2026-11-25T09:00:00.000Z'),
      at('2026-11-25T18:00:00.000Z'),
      at('2026-10-28T12:00:00.000Z'),
      at('2026-10-20T12:00:00.000Z'),
      at('2026-11-26T01:00:00.000Z'),
    ];
    expect([...backupsToKeep(backups, now)].sort()).toEqual([
      '2026-10-28T12:00:00.000Z',
      '2026-11-25T18:00:00.000Z',
      '2026-11-26T01:00:00.000Z',
    ]);
  });

  it('never keeps more than the maximum, and always the newest', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      at(new Date(now.getTime() - i * 86_400_000).toISOString()),
    );
    const kept = backupsToKeep(many, now, { perToday: 3, days: 90, max: 40 });
    expect(kept.size).toBe(40);
    expect(kept.has(many[0]!.id)).toBe(true);
    const old = [at('2025-01-01T00:00:00.000Z')];
    expect([...backupsToKeep(old, now)]).toEqual(['2025-01-01T00:00:00.000Z']);
  });

  it('keeps everything from an empty list', () => {
    expect(backupsToKeep([], now).size).toBe(0);
  });
});

describe('isAutoBackupDue', () => {
  const minutes = (m: number) => new Date(now.getTime() - m * 60_000);
  it.each([
    ['nothing changed yet', null, null, false],
    ['changes and no backup ever', null, minutes(1), true],
    ['changes, last backup 20 min ago', minutes(20), minutes(1), true],
    ['changes, last backup 5 min ago', minutes(5), minutes(1), false],
    ['no change since the last backup', minutes(30), minutes(40), false],
  ])('%s → %s', (_label, lastBackup, lastChange, due) => {
    expect(isAutoBackupDue(lastBackup, lastChange, now)).toBe(due);
  });
});
