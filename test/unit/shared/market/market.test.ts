import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marketRows, penetrationOf, postalZone, untapped } from '@shared/market/market-rows';
import { abcClasses, paretoCurve, thresholdsValid } from '@shared/market/pareto';
import { spreadYearToDate } from '@shared/market/ytd-spread';

const account = (
  postalCode: string,
  potentialCents: number,
  priorYearRevenueCents: number,
  over: Partial<{
    segment: 'A' | 'B' | 'C';
    status: 'prospect' | 'new' | 'existing' | 'regular';
    ownerId: string | null;
  }> = {},
) => ({
  postalCode,
  segment: over.segment ?? 'C',
  status: over.status ?? 'existing',
  ownerId: over.ownerId ?? 'm1',
  territoryId: null,
  potentialCents,
  priorYearRevenueCents,
});

describe('penetration and white space', () => {
  it('handle zero potential and revenue above potential', () => {
    expect(penetrationOf(0, 500)).toBeNull();
    expect(penetrationOf(1_000, 250)).toBe(0.25);
    expect(penetrationOf(1_000, 1_500)).toBe(1.5);
    expect(untapped(1_000, 1_500)).toBe(0);
    expect(untapped(1_000, 250)).toBe(750);
  });

  it('group by postal zone with counts by status; codes without a zone are left out', () => {
    const accounts = [
      account('80331', 1_000, 200, { status: 'regular' }),
      account('81000', 3_000, 0, { status: 'prospect' }),
      account('10115', 500, 600),
      account('', 999, 0),
    ];
    const rows = marketRows(accounts, [1, 2, 3, 4], (a) => postalZone(a.postalCode, 1) || null);
    const eight = rows.find((r) => r.key === '8')!;
    expect(eight).toMatchObject({
      accounts: 2,
      potentialCents: 4_000,
      priorYearCents: 200,
      ytdCents: 3,
      untappedCents: 3_800,
      penetration: 0.05,
    });
    expect(eight.byStatus).toEqual({ prospect: 1, new: 0, existing: 0, regular: 1 });
    expect(rows.find((r) => r.key === '1')!.untappedCents).toBe(0);
    expect(rows.map((r) => r.key).sort()).toEqual(['1', '8']);
  });

  it('an empty market has no rows', () => {
    expect(marketRows([], [], () => 'x')).toEqual([]);
  });

  it('postal zones need digits', () => {
    expect(postalZone('80331', 2)).toBe('80');
    expect(postalZone('8', 2)).toBe('');
    expect(postalZone('AB-12', 1)).toBe('');
  });
});

describe('year to date per account', () => {
  it('spreads each owner’s actuals by last year’s revenue, exactly, then by potential', () => {
    const accounts = [
      account('1', 100, 300, { ownerId: 'a' }),
      account('1', 100, 100, { ownerId: 'a' }),
      account('1', 300, 0, { ownerId: 'b' }),
      account('1', 100, 0, { ownerId: 'b' }),
      account('1', 100, 0, { ownerId: null }),
    ];
    const ytd = spreadYearToDate(
      accounts,
      new Map([
        ['a', 1_001],
        ['b', 400],
      ]),
    );
    expect([...ytd]).toEqual([751, 250, 300, 100, 0]);
  });

  it('keeps every cent of every owner', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ owner: fc.constantFrom('a', 'b'), rev: fc.nat(10_000), pot: fc.nat(10_000) }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.nat(10_000_000),
        (rows, total) => {
          const accounts = rows.map((r) => account('1', r.pot, r.rev, { ownerId: r.owner }));
          const ytd = spreadYearToDate(accounts, new Map([['a', total]]));
          const hasA = rows.some((r) => r.owner === 'a');
          expect([...ytd].reduce((s, v) => s + v, 0)).toBe(hasA ? total : 0);
        },
      ),
    );
  });
});

describe('Pareto and ABC', () => {
  it('counts how many customers make 80 % of revenue', () => {
    const curve = paretoCurve([50, 30, 10, 5, 5, 0]);
    expect(curve.customers).toBe(5);
    expect(curve.customersFor(80)).toBe(2);
    expect(curve.customersFor(81)).toBe(3);
    expect(curve.customersFor(100)).toBe(5);
    expect(curve.points[0]).toEqual({ customersPct: 0, revenuePct: 0 });
    expect(curve.points[100]!.revenuePct).toBe(100);
    expect(paretoCurve([]).customersFor(80)).toBe(0);
  });

  it('classes A until the share before a customer reaches A, then B, then C; no value is C', () => {
    expect(abcClasses([50, 30, 10, 5, 5, 0], { a: 80, b: 95 })).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
    ]);
    expect(abcClasses([0, 0], { a: 80, b: 95 })).toEqual(['C', 'C']);
    // Ties keep the input order: deterministic.
    expect(abcClasses([10, 10, 10, 10], { a: 50, b: 75 })).toEqual(['A', 'A', 'B', 'C']);
  });

  it('every class is decided, and a larger value is never in a lower class', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1_000_000), { maxLength: 60 }), (values) => {
        const classes = abcClasses(values, { a: 80, b: 95 });
        const rank = { A: 0, B: 1, C: 2 };
        values.forEach((v, i) =>
          values.forEach((w, j) => {
            if (v > w) expect(rank[classes[i]!]).toBeLessThanOrEqual(rank[classes[j]!]);
          }),
        );
      }),
    );
  });

  it('accepts only 0 < A < B ≤ 100', () => {
    expect(thresholdsValid({ a: 80, b: 95 })).toBe(true);
    expect(thresholdsValid({ a: 95, b: 80 })).toBe(false);
    expect(thresholdsValid({ a: 0, b: 50 })).toBe(false);
    expect(thresholdsValid({ a: 50, b: 101 })).toBe(false);
  });
});
