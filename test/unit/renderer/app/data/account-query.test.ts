import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import {
  EMPTY_FILTER,
  queryAccounts,
  territoryScope,
  searchTextOf,
  UNASSIGNED,
  type AccountFilter,
} from '@renderer/app/data/account-query';
import { sortOrder } from '@renderer/app/data/account-sort';
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

describe('searchTextOf', () => {
  it('lower-cases exactly as German does, whatever the script (the search relies on it)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (name, city) => {
        const account = { name, externalId: 'K-1', postalCode: '80331', city };
        expect(searchTextOf(account)).toBe(
          `${name}\u0001K-1\u000180331\u0001${city}`.toLocaleLowerCase('de-DE'),
        );
      }),
      { numRuns: 500 },
    );
    const upper = { name: 'ÖLMÜHLE SÜSS', externalId: 'K-7', postalCode: '01067', city: 'ΑΘΗΝΑΣ' };
    expect(searchTextOf(upper)).toBe('ölmühle süss\u0001k-7\u000101067\u0001αθηνας');
  });
});
