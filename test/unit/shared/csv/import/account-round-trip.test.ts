import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_STATUSES, SEGMENTS, type Account } from '@shared/domain/account';
import { CSV_DIALECTS, DIALECTS } from '@shared/csv/dialect';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { ACCOUNT_FIELDS, convertAccounts } from '@shared/csv/import/account-import';
import { autoMap } from '@shared/csv/import/column-mapping';
import { decodeCsv, detectEncoding, detectSeparator, parseCsv } from '@shared/csv/read-csv';
import { writeCsv } from '@shared/csv/write-csv';
import { createTranslator } from '@shared/i18n/translate';

const account = fc.record({
  id: fc.uuid(),
  externalId: fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((s) => s.trim() === s && s !== '' && s !== '-'),
  name: fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      // What a spreadsheet user may really have typed: apostrophes before formula characters.
      fc.constantFrom("'-1", "''=SUM(A1)", "'", "'@x", "O'Brien"),
    )
    .filter((s) => s.trim() === s && s !== '' && s !== '-'),
  postalCode: fc.stringMatching(/^\d{5}$/),
  city: fc.constantFrom('München', 'Köln', '', 'Saint-Étienne; "Süd"', '=cmd', 'a\r\nb'),
  country: fc.constant('DE'),
  segment: fc.constantFrom(...SEGMENTS),
  strategic: fc.boolean(),
  potentialCents: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  priorYearRevenueCents: fc.integer({ min: 0, max: 10 ** 13 }),
  status: fc.constantFrom(...CUSTOMER_STATUSES),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  territoryId: fc.constant(null),
  ownerId: fc.constant(null),
  pinnedOwnerId: fc.constant(null),
}) satisfies fc.Arbitrary<Account>;

/** What an account import sets, from an account. */
const imported = (a: Account) => {
  const { id: _id, territoryId: _t, ownerId: _o, pinnedOwnerId: _p, ...rest } = a;
  return {
    ...rest,
    city: a.city.trim(),
    satisfaction: a.status === 'prospect' ? null : a.satisfaction,
  };
};

describe('accounts: export → import', () => {
  it('reproduces every account exactly, in every dialect and language', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(account, { minLength: 1, maxLength: 15, selector: (a) => a.externalId }),
        fc.constantFrom(...CSV_DIALECTS),
        fc.constantFrom('de' as const, 'en' as const),
        (accounts, dialect, language) => {
          const csv = writeCsv(
            accounts,
            accountColumns(createTranslator(language), { territory: () => '', member: () => '' }),
            dialect,
          );
          const bytes = new TextEncoder().encode(csv);
          const text = decodeCsv(bytes, detectEncoding(bytes));
          const separator = detectSeparator(text);
          expect(separator).toBe(DIALECTS[dialect].separator);
          const { header, rows } = parseCsv(text, separator);
          const mapping = autoMap(header, ACCOUNT_FIELDS);
          const style = DIALECTS[dialect].decimal === ',' ? 'de' : 'en';
          const result = convertAccounts(rows, mapping, style);
          expect(result.errors).toEqual([]);
          expect(result.records).toEqual(accounts.map(imported));
        },
      ),
      { numRuns: 150 },
    );
  });
});
