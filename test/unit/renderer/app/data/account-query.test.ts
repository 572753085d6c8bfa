import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import {
  EMPTY_FILTER,
  numericOrder,
  SORT_KEYS,
  queryAccounts,
  territoryScope,
  searchTextOf,
  sortOrder,
  UNASSIGNED,
  type AccountFilter,
} from '@renderer/app/data/account-query';
import { buildSearchIndex } from '@renderer/app/data/search-index';

const { accounts, territories } = generateWorkspace({
  asOf: '2026-11-26',
  accounts: 800,
  months: 1,
});
accounts[5] = { ...accounts[5]!, ownerId: null, pinnedOwnerId: null, name: 'Ölmühle Süß KG' };
const text = buildSearchIndex(accounts.map(searchTextOf));
const run = (
  filter: Partial<AccountFilter>,
  key: Parameters<typeof sortOrder>[1] = 'name',
  direction: 'asc' | 'desc' = 'asc',
) =>
  Array.from(
    queryAccounts(
      accounts,
      text,
      sortOrder(accounts, key),
      { ...EMPTY_FILTER, ...filter },
      direction,
    ),
    (i) => accounts[i]!,
  );

describe('queryAccounts', () => {
  it('shows exactly the accounts every chosen filter lets through, text with the others or alone', () => {
    const owners = [...new Set(accounts.map((a) => a.ownerId ?? UNASSIGNED))].slice(0, 4);
    const leaves = territories.filter((t) => t.kind === 'territory').slice(0, 3);
    fc.assert(
      fc.property(
        fc.record({
          text: fc.constantFrom('', 'gmbh', 'ölmühle', 'berlin', '8', 'k-10', 'nichts da'),
          segment: fc.constantFrom('', 'A', 'B', 'C'),
          status: fc.constantFrom('', 'prospect', 'new', 'existing', 'regular'),
          ownerId: fc.constantFrom('', ...owners),
          territoryId: fc.constantFrom('', ...leaves.map((t) => t.id)),
        }),
        fc.constantFrom('asc' as const, 'desc' as const),
        (filter, direction) => {
          const passes = (a: (typeof accounts)[number]) =>
            searchTextOf(a).includes(filter.text) &&
            (!filter.segment || a.segment === filter.segment) &&
            (!filter.status || a.status === filter.status) &&
            (!filter.ownerId || (a.ownerId ?? UNASSIGNED) === filter.ownerId) &&
            (!filter.territoryId || a.territoryId === filter.territoryId);
          const shown = run(filter as Partial<AccountFilter>, 'potential', direction);
          const expected = Array.from(sortOrder(accounts, 'potential'), (i) => accounts[i]!);
          if (direction === 'desc') expected.reverse();
          expect(shown).toEqual(expected.filter(passes));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('returns every account without filters, sorted by name as German readers expect', () => {
    const rows = run({});
    expect(rows).toHaveLength(800);
    const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < rows.length; i += 1)
      expect(collator.compare(rows[i - 1]!.name, rows[i]!.name)).toBeLessThanOrEqual(0);
    expect(rows.findIndex((a) => a.name.startsWith('Ölmühle'))).toBeLessThan(
      rows.findIndex((a) => a.name.startsWith('Sonnenfeld')),
    );
  });

  it('filters by text across name, customer number, postal code and city, ignoring case', () => {
    expect(run({ text: 'ölmühle süß' }).map((a) => a.name)).toEqual(['Ölmühle Süß KG']);
    const external = accounts[10]!.externalId;
    expect(run({ text: external.toLowerCase() }).map((a) => a.externalId)).toEqual([external]);
    expect(run({ text: 'münchen' }).every((a) => a.city === 'München')).toBe(true);
  });

  it('keeps an earlier result as it was when the next search runs (the table may still show it)', () => {
    const order = sortOrder(accounts, 'name');
    const query = (needle: string) =>
      queryAccounts(accounts, text, order, { ...EMPTY_FILTER, text: needle }, 'asc');
    const first = query('münchen');
    const shown = Array.from(first);
    expect(shown.length).toBeGreaterThan(0);
    query('');
    query('gmbh');
    expect(Array.from(first)).toEqual(shown);
    // The next search starts from no marks: none of the earlier matches leaks into it.
    expect(Array.from(query('ölmühle süß'), (i) => accounts[i]!.name)).toEqual(['Ölmühle Süß KG']);
  });

  it('combines segment, status, owner and territory filters, and finds the unassigned', () => {
    const owner = accounts[0]!.ownerId!;
    const rows = run({ segment: 'A', status: 'regular', ownerId: owner });
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every((a) => a.segment === 'A' && a.status === 'regular' && a.ownerId === owner),
    ).toBe(true);
    expect(run({ ownerId: UNASSIGNED }).map((a) => a.name)).toEqual(['Ölmühle Süß KG']);
    const territory = accounts[0]!.territoryId!;
    expect(run({ territoryId: territory }).every((a) => a.territoryId === territory)).toBe(true);
  });

  it('filters by a region: every account of its territories (once always none)', () => {
    const region = territories.find((t) => t.kind === 'region')!;
    const inRegion = new Set(territories.filter((t) => t.parentId === region.id).map((t) => t.id));
    const rows = Array.from(
      queryAccounts(
        accounts,
        text,
        sortOrder(accounts, 'name'),
        { ...EMPTY_FILTER, territoryId: region.id },
        'asc',
        territoryScope(region.id, territories),
      ),
      (i) => accounts[i]!,
    );
    const expected = accounts.filter((a) => a.territoryId && inRegion.has(a.territoryId));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
  });

  it('sorts amounts both ways', () => {
    const desc = run({}, 'potential', 'desc').map((a) => a.potentialCents);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const asc = run({ segment: 'C' }, 'priorYearRevenue').map((a) => a.priorYearRevenueCents);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });
});

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
});
