import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  isAutoBackupDue,
  newestFirst,
} from '../../../../../electron/services/persistence/retention';

const now = new Date('2026-11-26T15:00:00Z');
// Written in the order of their dates unless a test says otherwise.
const at = (iso: string, sequence = Date.parse(iso) / 1000, reason?: string) => ({
  id: iso,
  createdAt: new Date(iso),
  sequence,
  reason,
});

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

describe('backupsToKeep when the clock was wrong', () => {
  it('deletes nothing while a backup is dated in the future (the clock was set back)', () => {
    const future = ['2026-11-28T08:00', '2026-11-28T09:00', '2026-11-28T10:00'].map((t, i) =>
      at(`${t}:00.000Z`, i + 1),
    );
    const written = [
      ...future,
      at('2026-11-26T14:00:00.000Z', 4),
      at('2026-11-20T14:00:00.000Z', 5),
    ];
    expect(backupsToKeep(written, now).size).toBe(5);
  });

  it('keeps the newest written and the newest before-restore backup whatever their dates', () => {
    // Written later, dated earlier: the clock had been wrong when the older ones were made.
    const backups = [
      at('2026-11-26T14:00:00.000Z', 1),
      at('2026-11-26T14:01:00.000Z', 2),
      at('2026-11-26T14:02:00.000Z', 3),
      at('2026-11-26T14:03:00.000Z', 4),
      at('2026-11-26T12:00:00.000Z', 5, 'before-restore'),
      at('2026-11-26T11:00:00.000Z', 6),
    ];
    const kept = backupsToKeep(backups, now);
    expect(kept.has('2026-11-26T11:00:00.000Z')).toBe(true);
    expect(kept.has('2026-11-26T12:00:00.000Z')).toBe(true);
    expect(kept.size).toBe(3);
  });

  it('orders by sequence, not by date', () => {
    expect(
      newestFirst([at('2026-12-01T00:00:00.000Z', 1), at('2026-11-01T00:00:00.000Z', 2)]).map(
        (b) => b.sequence,
      ),
    ).toEqual([2, 1]);
  });
});

describe('backupsToKeep counts days where the user is', () => {
  it('at 00:30 in Berlin, the backups since midnight are today and yesterday keeps its own', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const halfPastMidnight = new Date('2026-11-30T23:30:00Z');
      const backups = [
        at('2026-11-30T22:00:00.000Z'), // 23:00 on 30 November in Berlin
        at('2026-11-30T23:10:00.000Z'),
        at('2026-11-30T23:15:00.000Z'),
        at('2026-11-30T23:20:00.000Z'),
        at('2026-11-30T23:25:00.000Z'),
      ];
      expect([...backupsToKeep(backups, halfPastMidnight)].sort()).toEqual([
        '2026-11-30T22:00:00.000Z',
        '2026-11-30T23:15:00.000Z',
        '2026-11-30T23:20:00.000Z',
        '2026-11-30T23:25:00.000Z',
      ]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('isAutoBackupDue', () => {
  it.each([
    ['nothing changed yet', false, null, false],
    ['changes and no backup ever', true, null, true],
    ['changes, last backup 20 min ago', true, 20 * 60_000, true],
    ['changes, last backup 5 min ago', true, 5 * 60_000, false],
    ['no change since the last backup', false, 30 * 60_000, false],
    [
      'changes, the last backup is dated in the future (clock set back)',
      true,
      -2 * 3_600_000,
      true,
    ],
  ])('%s', (_label, changed, since, due) => {
    expect(isAutoBackupDue(changed, since)).toBe(due);
  });
});
