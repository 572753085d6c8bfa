import { describe, expect, it } from 'vitest';
import { compareVersions } from '@shared/planning/compare-versions';
import { rollUpTargets } from '@shared/planning/rollup';

const months = (first: number) => [first, ...Array(11).fill(10)];

describe('compareVersions', () => {
  it('lists each member whose targets changed, with the months that did', () => {
    const before = [
      { memberId: 'a', monthlyCents: months(10) },
      { memberId: 'b', monthlyCents: months(10) },
    ];
    const after = [
      { memberId: 'a', monthlyCents: months(50) },
      { memberId: 'b', monthlyCents: months(10) },
      { memberId: 'c', monthlyCents: months(10) },
    ];
    expect(compareVersions(before, after)).toEqual([
      { memberId: 'a', beforeCents: 120, afterCents: 160, changedMonths: [0] },
      { memberId: 'c', beforeCents: 0, afterCents: 120, changedMonths: [...Array(12).keys()] },
    ]);
    expect(compareVersions(before, before)).toEqual([]);
  });
});

describe('rollUpTargets', () => {
  const territories = [
    { id: 'south', parentId: null, name: 'Süd' },
    { id: 'muc', parentId: 'south', name: 'München' },
    { id: 'aug', parentId: 'south', name: 'Augsburg' },
    { id: 'north', parentId: null, name: 'Nord' },
  ];

  it('attributes each target to the member’s territories by potential and sums regions', () => {
    const byMember = new Map([
      [
        'anna',
        new Map([
          ['muc', { potentialCents: 300, count: 1 }],
          ['aug', { potentialCents: 100, count: 5 }],
        ]),
      ],
      ['ben', new Map([['north', { potentialCents: 0, count: 2 }]])],
    ]);
    const rollup = rollUpTargets(
      [
        { memberId: 'anna', annualCents: 1_001 },
        { memberId: 'ben', annualCents: 500 },
        { memberId: 'cem', annualCents: 77 },
      ],
      byMember,
      territories,
    );
    const byId = Object.fromEntries(rollup.rows.map((r) => [r.territoryId, r]));
    expect(byId.muc!.targetCents + byId.aug!.targetCents).toBe(1_001);
    expect(byId.muc!.targetCents).toBe(751);
    expect(byId.south).toMatchObject({ depth: 0, targetCents: 1_001 });
    expect(byId.aug!.depth).toBe(1);
    expect(byId.north!.targetCents).toBe(500);
    expect(rollup.unattributedCents).toBe(77);
    expect(rollup.rows.map((r) => r.territoryId)).toEqual(['north', 'south', 'aug', 'muc']);
  });
});
