import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { SORT_KEYS } from '@renderer/app/data/account-query';
import {
  isTextColumn,
  numericOrder,
  sortOrder,
  sortValueKept,
  TextColumn,
} from '@renderer/app/data/account-sort';

const { accounts } = generateWorkspace({ asOf: '2026-11-26', accounts: 800, months: 1 });

describe('sortOrder', () => {
  // What each column means by "ascending", written out plainly; ties keep the accounts' order.
  const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const status = { prospect: 0, new: 1, existing: 2, regular: 3 } as const;
  type Acc = (typeof accounts)[number];
  const ascending: Record<(typeof SORT_KEYS)[number], (a: Acc, b: Acc) => number> = {
    name: (a, b) => collator.compare(a.name, b.name),
    externalId: (a, b) => collator.compare(a.externalId, b.externalId),
    postalCode: (a, b) => byCodeUnits(a.postalCode, b.postalCode),
    segment: (a, b) => byCodeUnits(a.segment, b.segment),
    potential: (a, b) => a.potentialCents - b.potentialCents,
    priorYearRevenue: (a, b) => a.priorYearRevenueCents - b.priorYearRevenueCents,
    status: (a, b) => status[a.status] - status[b.status],
    satisfaction: (a, b) => (a.satisfaction ?? 0) - (b.satisfaction ?? 0),
  };
  // Ties, a credit (negative revenue), no satisfaction, a huge potential, and names and
  // customer numbers the collator calls equal though they differ (case, umlaut).
  const base = accounts[3]!.name;
  const variants = [base, base.toUpperCase(), base.toLowerCase(), `${base}ü`, `${base}U`];
  const edited = accounts.map((a, i) =>
    i % 4 === 0
      ? {
          ...a,
          name: variants[i % variants.length]!,
          externalId: i % 8 === 0 ? a.externalId.toLowerCase() : a.externalId,
        }
      : i % 7 === 0
        ? {
            ...a,
            potentialCents: i % 14 === 0 ? 9e14 : accounts[1]!.potentialCents,
            priorYearRevenueCents: -1_234_00,
            satisfaction: null,
            postalCode: accounts[2]!.postalCode,
          }
        : a,
  );

  it.each(SORT_KEYS)('orders by %s as the column means, ties in the accounts’ order', (key) => {
    for (const list of [accounts, edited]) {
      const expected = list
        .map((account, index) => ({ account, index }))
        .sort((x, y) => ascending[key](x.account, y.account) || x.index - y.index)
        .map((x) => x.index);
      expect(Array.from(sortOrder(list, key))).toEqual(expected);
    }
  });

  it('numericOrder: ascending, ties by index, for small and huge ranges and fractions', () => {
    const reference = (values: number[]) =>
      values
        .map((value, index) => ({ value, index }))
        .sort((x, y) => x.value - y.value || x.index - y.index)
        .map((x) => x.index);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: -5, max: 5 })),
          fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 })),
          fc.array(fc.maxSafeInteger()),
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true })),
        ),
        (values) => {
          expect(Array.from(numericOrder(Float64Array.from(values)))).toEqual(reference(values));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('numericOrder counts small ranges into place and packs wide ones, the same order either way', () => {
    // A rank per account (counted), and the same ranks spread far apart (packed, then sorted).
    const ranks = Float64Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 300);
    const spread = ranks.map((r) => r * 1e9);
    const expected = Array.from(ranks, (_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
    expect(Array.from(numericOrder(ranks))).toEqual(expected);
    expect(Array.from(numericOrder(spread))).toEqual(expected);
  });

  it.each(SORT_KEYS.filter(isTextColumn))(
    'a %s column gathered account by account gives the same order as sorting all at once',
    (key) => {
      for (const list of [accounts, edited]) {
        const column = new TextColumn(key);
        // More accounts than its first buffer holds: it grows on the way.
        for (const account of list) column.add(account);
        expect(Array.from(column.order())).toEqual(Array.from(sortOrder(list, key)));
      }
    },
  );

  it('knows which sort keys an edit leaves alone', () => {
    const account = accounts[0]!;
    const moved = { ...account, ownerId: 'someone-else', territoryId: 'elsewhere' };
    expect(SORT_KEYS.filter((key) => !sortValueKept(account, moved, key))).toEqual([]);
    const renamed = { ...account, name: `${account.name} II`, potentialCents: 1 };
    expect(SORT_KEYS.filter((key) => !sortValueKept(account, renamed, key))).toEqual([
      'name',
      'potential',
    ]);
    expect(() => new TextColumn('potential')).toThrow();
  });
});
