import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEEP_WITH_OWNER, NEEDS_SENIOR } from '@shared/balancer/problem';
import { SeniorStock } from '@shared/balancer/senior-stock';
import { UnitLists } from '@shared/balancer/unit-lists';
import type { Units } from '@shared/balancer/units';

const instance = fc.record({
  senior: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
  units: fc.array(
    fc.record({
      owner: fc.nat(),
      value: fc.integer({ min: 0, max: 20 }),
      work: fc.integer({ min: 1, max: 4 }),
      flags: fc.constantFrom(0, KEEP_WITH_OWNER, NEEDS_SENIOR, KEEP_WITH_OWNER | NEEDS_SENIOR),
      potential: fc.integer({ min: 0, max: 5 }),
      removed: fc.boolean(),
    }),
    { maxLength: 40 },
  ),
  room: fc.integer({ min: -2, max: 25 }),
  spare: fc.integer({ min: 0, max: 5 }),
  withKept: fc.boolean(),
  gaps: fc.array(fc.integer({ min: -5, max: 25 }), { minLength: 6, maxLength: 6 }),
});

describe('SeniorStock', () => {
  it('finds exactly what asking every Senior for their largest fitting account finds', () => {
    fc.assert(
      fc.property(instance, ({ senior, units: spec, room, spare, withKept, gaps }) => {
        const n = spec.length;
        const units: Units = {
          count: n,
          value: Float64Array.from(spec, (u) => u.value),
          work: Float64Array.from(spec, (u) => u.work),
          owner: Int32Array.from(spec, (u) => u.owner % senior.length),
          flags: Uint8Array.from(spec, (u) => u.flags),
          start: Int32Array.from({ length: n + 1 }, (_, i) => i),
          accounts: Int32Array.from({ length: n }, (_, i) => i),
          fixed: new Float64Array(senior.length),
        };
        const potential = Float64Array.from(spec, (u) => u.potential);
        const stock = new SeniorStock(
          units,
          new UnitLists(units, potential, senior.length).order,
          senior,
        );
        spec.forEach((u, i) => u.removed && stock.remove(i));

        // By hand: plain accounts first, kept customers only when no plain one fits; the
        // largest, then the one with less potential, then the first.
        const fits = (i: number, kept: boolean) => {
          const u = spec[i]!;
          const owner = units.owner[i]!;
          return (
            !u.removed &&
            senior[owner] &&
            !(u.flags & NEEDS_SENIOR) &&
            Boolean(u.flags & KEEP_WITH_OWNER) === kept &&
            u.value > 0 &&
            u.value <= room &&
            u.work <= spare &&
            gaps[owner]! >= u.value
          );
        };
        const best = (kept: boolean) =>
          spec
            .map((_, i) => i)
            .filter((i) => fits(i, kept))
            .sort(
              (a, b) =>
                spec[b]!.value - spec[a]!.value || spec[a]!.potential - spec[b]!.potential || a - b,
            )[0] ?? -1;
        let expected = best(false);
        if (expected < 0 && withKept) expected = best(true);

        expect(stock.largestFor(room, spare, withKept, (g) => gaps[g]!)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
