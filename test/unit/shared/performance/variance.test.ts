import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalMonths } from '@shared/planning/fiscal-year';
import { closedMonthCount, periodMonths } from '@shared/performance/periods';
import { varianceReport } from '@shared/performance/report';
import { memberYears, targetsByCalendarMonth, varianceOf } from '@shared/performance/variance';

const actual = (memberId: string, month: string, n: number, e: number) => ({
  memberId,
  month,
  newBusinessCents: n,
  existingBusinessCents: e,
});

describe('periods of the fiscal year', () => {
  it('counts only closed months: the running month is not in the year to date', () => {
    const calendar = fiscalMonths(2026, 1);
    expect(closedMonthCount(calendar, '2026-11-27')).toBe(10);
    expect(closedMonthCount(calendar, '2026-01-31')).toBe(0);
    expect(closedMonthCount(calendar, '2025-12-01')).toBe(0);
    expect(closedMonthCount(calendar, '2027-03-01')).toBe(12);
  });

  it('follows a fiscal year that starts in April', () => {
    const april = fiscalMonths(2026, 4);
    expect(april[0]).toBe('2026-04');
    // November 2026 is the 8th fiscal month: April–October are closed.
    expect(closedMonthCount(april, '2026-11-27')).toBe(7);
    expect(closedMonthCount(april, '2027-02-10')).toBe(10);
  });

  it('maps quarters, halves, YTD and the year onto fiscal months', () => {
    expect(periodMonths({ kind: 'quarter', index: 2 }, 0)).toEqual([6, 7, 8]);
    expect(periodMonths({ kind: 'half', index: 1 }, 0)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(periodMonths({ kind: 'ytd', index: 0 }, 4)).toEqual([0, 1, 2, 3]);
    expect(periodMonths({ kind: 'ytd', index: 0 }, 0)).toEqual([]);
    expect(periodMonths({ kind: 'year', index: 0 }, 4)).toHaveLength(12);
    expect(periodMonths({ kind: 'month', index: 5 }, 0)).toEqual([5]);
  });
});

describe('variance', () => {
  it('is achieved minus target, with percentages only where there is a target', () => {
    const behind = varianceOf({
      targetCents: 200_00,
      achievedCents: 150_00,
      newCents: 0,
      existingCents: 0,
    });
    expect(behind).toEqual({ varianceCents: -50_00, variancePct: -25, attainmentPct: 75 });
    expect(
      varianceOf({ targetCents: 0, achievedCents: 10, newCents: 10, existingCents: 0 }),
    ).toEqual({
      varianceCents: 10,
      variancePct: null,
      attainmentPct: null,
    });
  });

  it('lines actuals up by fiscal month and ignores months outside the year', () => {
    const months = fiscalMonths(2026, 4);
    const [year] = memberYears(
      ['a'],
      new Map([['a', Array(12).fill(100)]]),
      [
        actual('a', '2026-04', 30, 40),
        actual('a', '2026-03', 999, 999),
        actual('a', '2027-03', 5, 6),
      ],
      months,
    );
    expect(year!.newCents[0]).toBe(30);
    expect(year!.existingCents[0]).toBe(40);
    expect(year!.newCents[11]).toBe(5);
    expect(year!.newCents.reduce((a, b) => a + b, 0)).toBe(35);
  });
});

describe('variance report', () => {
  const months = fiscalMonths(2026, 1);
  const targets = new Map([
    ['j', Array(12).fill(1_000)],
    ['s', Array(12).fill(3_000)],
  ]);
  const actuals = [
    actual('j', '2026-01', 200, 900),
    actual('j', '2026-02', 100, 500),
    actual('s', '2026-01', 0, 2_000),
    actual('s', '2026-03', 500, 500),
  ];
  const years = memberYears(['j', 's'], targets, actuals, months);
  const context = {
    levels: new Map([
      ['j', 'junior' as const],
      ['s', 'senior' as const],
    ]),
    byMemberTerritory: new Map([
      ['j', new Map([['t1', { potentialCents: 1, count: 1 }]])],
      [
        's',
        new Map([
          ['t1', { potentialCents: 1, count: 1 }],
          ['t2', { potentialCents: 3, count: 1 }],
        ]),
      ],
    ]),
    territories: [
      { id: 'r', parentId: null, name: 'Region' },
      { id: 't1', parentId: 'r', name: 'A' },
      { id: 't2', parentId: 'r', name: 'B' },
    ],
  };

  it('gives year-to-date figures per member with a team total', () => {
    const report = varianceReport(years, { kind: 'ytd', index: 0 }, 2, 'member', context);
    expect(report.rows.map((r) => [r.key, r.figures.targetCents, r.figures.achievedCents])).toEqual(
      [
        ['j', 2_000, 1_700],
        ['s', 6_000, 2_000],
      ],
    );
    expect(report.total.figures).toEqual({
      targetCents: 8_000,
      achievedCents: 3_700,
      newCents: 300,
      existingCents: 3_400,
    });
    expect(report.total.variance.varianceCents).toBe(-4_300);
  });

  it('groups by level, and the levels add up to the team', () => {
    const report = varianceReport(years, { kind: 'quarter', index: 0 }, 3, 'level', context);
    expect(report.rows.map((r) => [r.key, r.figures.achievedCents])).toEqual([
      ['junior', 1_700],
      ['senior', 3_000],
    ]);
    expect(report.rows.reduce((s, r) => s + r.figures.targetCents, 0)).toBe(
      report.total.figures.targetCents,
    );
  });

  it('measures a running quarter over its closed months, and judges nothing before one has closed', () => {
    // Two months closed: the first quarter is running, measured over January and February.
    const q1 = varianceReport(years, { kind: 'quarter', index: 0 }, 2, 'member', context);
    expect(q1.state).toBe('running');
    expect(q1.months).toEqual([0, 1]);
    expect(q1.total.figures.targetCents).toBe(8_000);
    expect(q1.total.figures.achievedCents).toBe(3_700);
    expect(q1.total.variance.attainmentPct).toBeCloseTo(46.25, 5);
    expect(q1.periodTargetCents).toBe(12_000);
    // March is the running month: its target is shown, nothing is behind yet.
    const march = varianceReport(years, { kind: 'month', index: 2 }, 2, 'member', context);
    expect(march.state).toBe('running');
    expect(march.judged).toBe(false);
    expect(march.total.figures).toMatchObject({ targetCents: 4_000, achievedCents: 1_000 });
    expect(march.total.variance).toEqual({
      varianceCents: 0,
      variancePct: null,
      attainmentPct: null,
    });
    expect(varianceReport(years, { kind: 'quarter', index: 3 }, 2, 'member', context).state).toBe(
      'open',
    );
    const closedQ1 = varianceReport(years, { kind: 'quarter', index: 0 }, 3, 'member', context);
    expect(closedQ1.state).toBe('closed');
    expect(closedQ1.total.figures.targetCents).toBe(12_000);
  });

  it('never drops a member whose level it does not know: the rows still add up', () => {
    const partial = { ...context, levels: new Map([...context.levels].slice(0, 1)) };
    const report = varianceReport(years, { kind: 'year', index: 0 }, 2, 'level', partial);
    for (const field of ['targetCents', 'achievedCents', 'newCents', 'existingCents'] as const) {
      expect(
        report.rows.reduce((s, r) => s + r.figures[field], 0),
        field,
      ).toBe(report.total.figures[field]);
    }
    expect(report.rows.at(-1)!.key).toBe('');
  });

  it('spreads members over territories by potential and sums regions exactly', () => {
    const report = varianceReport(years, { kind: 'year', index: 0 }, 12, 'territory', context);
    const byKey = new Map(report.rows.map((r) => [r.key, r]));
    // The Senior's 36,000 target: a quarter to t1, three quarters to t2.
    expect(byKey.get('t1')!.figures.targetCents).toBe(12_000 + 9_000);
    expect(byKey.get('t2')!.figures.targetCents).toBe(27_000);
    expect(byKey.get('r')!.figures.targetCents).toBe(report.total.figures.targetCents);
    expect(byKey.get('r')!.figures.achievedCents).toBe(report.total.figures.achievedCents);
    const regions = varianceReport(years, { kind: 'year', index: 0 }, 2, 'region', context);
    expect(regions.rows.map((r) => r.key)).toEqual(['r']);
  });

  it('keeps every cent: regions plus the unattributed line equal the team, for any figures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5_000_000), { minLength: 12, maxLength: 12 }),
        fc.array(fc.nat(5_000_000), { minLength: 12, maxLength: 12 }),
        fc.nat(12),
        (jTarget, sActual, closed) => {
          const ys = memberYears(
            ['j', 's', 'x'],
            new Map([
              ['j', jTarget],
              ['x', jTarget],
            ]),
            sActual.map((cents, m) => actual('s', months[m]!, cents, 7)),
            months,
          );
          const report = varianceReport(ys, { kind: 'ytd', index: 0 }, closed, 'region', context);
          const sum = (f: 'targetCents' | 'achievedCents') =>
            report.rows.reduce((s, r) => s + r.figures[f], 0);
          expect(sum('targetCents')).toBe(report.total.figures.targetCents);
          expect(sum('achievedCents')).toBe(report.total.figures.achievedCents);
        },
      ),
    );
  });
});

describe('periods add up', () => {
  const months = fiscalMonths(2026, 7);
  const cents = fc.array(fc.nat(10_000_000), { minLength: 12, maxLength: 12 });

  it('quarters and halves make the year, and the year to date with every month closed is the year', () => {
    fc.assert(
      fc.property(cents, cents, cents, (target, fresh, existing) => {
        const years = memberYears(
          ['m'],
          new Map([['m', target]]),
          months.map((month, i) => actual('m', month, fresh[i]!, existing[i]!)),
          months,
        );
        const total = (kind: 'quarter' | 'half' | 'year' | 'ytd', index: number, closed = 0) =>
          varianceReport(years, { kind, index }, closed, 'member', context0).total.figures;
        const year = total('year', 0);
        const sum = (list: ReturnType<typeof total>[]) =>
          list.reduce((s, f) => s + f.targetCents + 3 * f.achievedCents, 0);
        expect(sum([0, 1, 2, 3].map((q) => total('quarter', q)))).toBe(sum([year]));
        expect(sum([0, 1].map((h) => total('half', h)))).toBe(sum([year]));
        expect(total('ytd', 0, 12)).toEqual(year);
        expect(year.achievedCents).toBe(year.newCents + year.existingCents);
      }),
    );
  });
});

const context0 = { levels: new Map(), byMemberTerritory: new Map(), territories: [] };

describe('targets by calendar month', () => {
  it('measures each month against the plan that covers it, whatever fiscal start it was made with', () => {
    const calendar2026 = {
      months: fiscalMonths(2026, 1),
      targets: [{ memberId: 'a', monthlyCents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }],
    };
    const calendar2027 = {
      months: fiscalMonths(2027, 1),
      targets: [{ memberId: 'a', monthlyCents: Array(12).fill(100) }],
    };
    // FY 2026/27 (April start): April–December from the 2026 plan, January–March from 2027's.
    const view = fiscalMonths(2026, 4);
    expect(targetsByCalendarMonth([calendar2026, calendar2027], view).get('a')).toEqual([
      4, 5, 6, 7, 8, 9, 10, 11, 12, 100, 100, 100,
    ]);
    // Without a plan for a month, its target is zero.
    expect(targetsByCalendarMonth([calendar2026], view).get('a')!.slice(9)).toEqual([0, 0, 0]);
  });
});
