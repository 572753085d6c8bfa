import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '@shared/planning/apportion';

const cents = fc.integer({ min: 0, max: 10_000_000_000_00 });

describe('apportion (largest remainder)', () => {
  it('parts always sum to the whole, to the cent', () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        },
      ),
    );
  });

  it('each part is within one cent of its exact share', () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(fc.integer({ min: 1, max: 1e9 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          apportion(total, weights).forEach((part, i) => {
            expect(Math.abs(part - (total * weights[i]!) / sum)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });

  it('the plain-number path (month splits) gives exactly what the BigInt path gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          // Scaled weights keep the proportions but make the products too big for doubles.
          expect(apportion(total, weights)).toEqual(
            apportion(
              total,
              weights.map((w) => w * 1_000_000),
            ),
          );
        },
      ),
    );
  });

  it('gives the leftover cents to the largest remainders, ties to the first', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [1, 2])).toEqual([3, 7]);
    expect(apportion(5, [0, 0])).toEqual([3, 2]);
    expect(apportion(7, [0, 3])).toEqual([0, 7]);
  });

  it('refuses a negative or fractional total', () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
  });
});
