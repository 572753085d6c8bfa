import { describe, expect, it } from 'vitest';
import { conflictChoiceRecord } from '@shared/sync/conflict-choice';

const versions = [
  { rev: '3-a', by: 'sen', at: '2026-05-03T09:00:00.000Z', row: target([120_000_00, 5]) },
  { rev: '3-b', by: 'mar', at: '2026-05-03T10:00:00.000Z', row: target([140_000_00, 5]) },
];
function target(monthlyCents: number[]) {
  return { planId: 'P1', memberId: 'jun', monthlyCents, signoff: 'open' };
}
const now = new Date('2026-05-04T08:00:00.000Z');
const clashes = [{ path: 'monthlyCents.0', ancestor: 1, mine: 120_000_00, theirs: 140_000_00 }];

describe('a settled conflict in the audit trail', () => {
  it('records who chose, whose version stayed and the values that were dropped', () => {
    const entry = conflictChoiceRecord(
      { id: 'planTargets:P1:jun', versions, clashes },
      '3-b',
      'sen',
      now,
      'c1',
    );
    expect(entry).toEqual({
      id: 'c1',
      kind: 'conflict',
      state: 'approved',
      requesterId: 'sen',
      approverId: 'sen',
      createdAt: now.toISOString(),
      decidedAt: now.toISOString(),
      comment: '',
      change: {
        table: 'planTargets',
        key: 'P1:jun',
        label: 'P1 · jun',
        kept: { by: 'mar', at: '2026-05-03T10:00:00.000Z' },
        dropped: [{ by: 'sen', at: '2026-05-03T09:00:00.000Z' }],
        fields: [{ path: 'monthlyCents.0', kept: 140_000_00, dropped: [120_000_00] }],
      },
    });
  });

  it('records the lead as the chooser with no member id, and a deleted version as null', () => {
    const deleted = [versions[0]!, { ...versions[1]!, row: null }];
    const entry = conflictChoiceRecord(
      { id: 'planTargets:P1:jun', versions: deleted, clashes: null },
      '3-b',
      null,
      now,
      'c2',
    );
    expect(entry).toMatchObject({ requesterId: '', approverId: null });
    expect(entry.kind === 'conflict' && entry.change.fields).toEqual([
      { path: '', kept: null, dropped: [versions[0]!.row] },
    ]);
  });

  it('refuses a version that is not part of the conflict', () => {
    expect(() =>
      conflictChoiceRecord({ id: 'planTargets:P1:jun', versions, clashes }, '9-x', 'sen', now, 'c'),
    ).toThrow(/not part/);
  });
});
