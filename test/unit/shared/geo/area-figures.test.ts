import { describe, expect, it } from 'vitest';
import { areaFigures, metricValues } from '@shared/geo/area-figures';
import { dotOffset } from '@shared/geo/account-dots';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';

const account = (
  postalCode: string,
  city: string,
  segment: 'A' | 'B' | 'C',
  potential: number,
  revenue: number,
) => ({
  postalCode,
  city,
  segment,
  potentialCents: potential,
  priorYearRevenueCents: revenue,
});

describe('area figures', () => {
  const areaOf = new Map([
    ['80331', 0],
    ['80333', 1],
    ['10115', 2],
  ]);
  const accounts = [
    account('80331', 'München', 'A', 1_000_00, 400_00),
    account('80331', 'München', 'C', 500_00, 500_00),
    account('80331', 'Muenchen', 'B', 0, 0),
    account('80333', 'München', 'B', 0, 100_00),
    account('99999', 'Nirgendwo', 'C', 10_00, 0),
    account('8033', 'Tippfehler', 'C', 10_00, 0),
  ];
  const figures = areaFigures(accounts, areaOf, 3, DEFAULT_SEGMENT_WEIGHTS);

  it('sums each area’s accounts, potential, revenue and workload', () => {
    expect([...figures.accounts]).toEqual([3, 1, 0]);
    expect([...figures.potential]).toEqual([1_500_00, 0, 0]);
    expect([...figures.revenue]).toEqual([900_00, 100_00, 0]);
    expect([...figures.workload]).toEqual([12 + 2 + 6, 6, 0]);
    expect(figures.place).toEqual(['München', 'München', '']);
  });

  it('counts accounts whose code is not on the map, never guessing a place for them', () => {
    expect(figures.offMap).toEqual([4, 5]);
  });

  it('derives the metrics, with no value where an area has no meaning for one', () => {
    expect([...metricValues(figures, 'whiteSpace')]).toEqual([600_00, 0, NaN]);
    expect([...metricValues(figures, 'penetration')]).toEqual([0.6, NaN, NaN]);
    expect([...metricValues(figures, 'accounts')]).toEqual([3, 1, 0]);
    expect([...metricValues(figures, 'workload')]).toEqual([20, 6, NaN]);
  });
});

describe('account dots', () => {
  it('spread an area’s accounts within its reach, the same way every time', () => {
    const offsets = Array.from({ length: 500 }, (_, i) => dotOffset(`acc-${i}`, 2));
    expect(offsets.every(([dx, dy]) => Math.hypot(dx, dy) <= 2)).toBe(true);
    expect(dotOffset('acc-7', 2)).toEqual(offsets[7]);
    // A cloud, not a dot: the offsets cover every quadrant.
    const quadrants = new Set(offsets.map(([dx, dy]) => `${dx > 0}${dy > 0}`));
    expect(quadrants.size).toBe(4);
  });
});
