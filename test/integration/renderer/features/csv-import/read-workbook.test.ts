// @vitest-environment node
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../../../electron/services/workbook/write-workbook';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { tableExport } from '@shared/csv/exports/table-export';
import { ACCOUNT_FIELDS } from '@shared/csv/import/account-import';
import { checkSheet, inspectSheet } from '@shared/csv/import/check-sheet';
import { autoMap } from '@shared/csv/import/column-mapping';
import { fileFormat } from '@shared/csv/import/sheet-table';
import { CUSTOMER_STATUSES, SEGMENTS, type Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { readWorkbook } from '@renderer/features/csv-import/read-workbook';

const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }),
      fc.constantFrom("'-1", "''=SUM(A1)", '=cmd', '+49 89', "'@x", "O'Brien", '007', '1.234,50'),
    )
    // Trimmed like every imported cell; control characters are removed with a note (tested
    // in the sheet table's own test).
    .filter(
      (s) =>
        s.trim() === s && s !== '' && s !== '-' && ![...s].some((c) => c < ' ' || c === '\u007f'),
    );

const account = fc.record({
  id: fc.uuid(),
  externalId: text(20),
  name: text(40),
  postalCode: fc.stringMatching(/^\d{5}$/),
  city: fc.constantFrom('München', 'Köln', '', 'Saint-Étienne; "Süd"', '=cmd'),
  country: fc.constant('DE'),
  segment: fc.constantFrom(...SEGMENTS),
  strategic: fc.boolean(),
  // Up to 100 billion euros: a workbook holds 15 significant digits exactly.
  potentialCents: fc.integer({ min: 0, max: 10 ** 13 }),
  priorYearRevenueCents: fc.integer({ min: 0, max: 10 ** 13 }),
  status: fc.constantFrom(...CUSTOMER_STATUSES),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  territoryId: fc.constant(null),
  ownerId: fc.constant(null),
  pinnedOwnerId: fc.constant(null),
}) satisfies fc.Arbitrary<Account>;

const imported = (a: Account) => {
  const { id: _id, territoryId: _t, ownerId: _o, pinnedOwnerId: _p, ...rest } = a;
  return { ...rest, satisfaction: a.status === 'prospect' ? null : a.satisfaction };
};

async function workbookOf(accounts: Account[], language: 'de' | 'en') {
  const t = createTranslator(language);
  const columns = accountColumns(t, { territory: () => '', member: () => '' });
  const sheet = tableExport(accounts, columns).sheet(t('accounts.sheetName'));
  return new Blob([Buffer.concat(await writeWorkbook(sheet, { language, currency: 'EUR' }))]);
}

describe('accounts: workbook export → workbook import', () => {
  it('reproduces every account exactly, in either language and number style', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(account, { minLength: 1, maxLength: 12, selector: (a) => a.externalId }),
        fc.constantFrom('de' as const, 'en' as const),
        fc.constantFrom('de' as const, 'en' as const),
        async (accounts, language, style) => {
          const book = await readWorkbook(await workbookOf(accounts, language));
          const inspection = inspectSheet(book, { numberStyle: style });
          expect(inspection.sheets).toEqual([createTranslator(language)('accounts.sheetName')]);
          const conversion = checkSheet(book, {
            options: { encoding: 'utf-8', separator: ',' },
            kind: 'accounts',
            mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
            context: { style, team: [], today: '2026-12-02', actor: null },
          });
          expect(conversion.problem).toBeNull();
          expect(conversion.errors).toEqual([]);
          expect(conversion.records).toEqual(accounts.map(imported));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('names the sheet rows in messages as Excel numbers them', async () => {
    const accounts = [1, 2, 3].map((n) => ({
      ...fc.sample(account, { numRuns: 1, seed: n })[0]!,
      externalId: `K-${n}`,
    }));
    accounts[1] = { ...accounts[1]!, postalCode: '1234x' };
    const book = await readWorkbook(await workbookOf(accounts, 'de'));
    const inspection = inspectSheet(book, {});
    const conversion = checkSheet(book, {
      options: { encoding: 'utf-8', separator: ',' },
      kind: 'accounts',
      mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
      context: { style: inspection.style, team: [], today: '2026-12-02', actor: null },
    });
    // Header in row 1: the second account is in row 3.
    expect(conversion.errors).toMatchObject([{ line: 3, field: 'postalCode', value: '1234x' }]);
    expect(conversion.records).toHaveLength(2);
  });

  it('refuses what is not a workbook, with no rows', async () => {
    await expect(readWorkbook(new Blob(['PK\u0003\u0004 not really a zip']))).rejects.toThrow();
  });
});

describe('real workbooks', () => {
  const fixture = (name: string) =>
    new Blob([readFileSync(path.resolve('test/fixtures/xlsx', name))]);

  it('a LibreOffice workbook: numbers typed, dropped zeros restored with a warning, a broken formula named', async () => {
    const book = await readWorkbook(fixture('libreoffice-german-numbers-dropped-zeros.xlsx'));
    const inspection = inspectSheet(book, {});
    expect(inspection.header).toEqual([
      'Kundennummer',
      'Name',
      'PLZ',
      'Ort',
      'Segment',
      'Potenzial',
      'Vorjahresumsatz',
      'Status',
    ]);
    for (const style of ['de', 'en'] as const) {
      const conversion = checkSheet(book, {
        options: { encoding: 'utf-8', separator: ',' },
        kind: 'accounts',
        mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
        context: { style, team: [], today: '2026-12-02', actor: null },
      });
      expect(conversion.records).toMatchObject([
        { externalId: 'K-1', postalCode: '01067', potentialCents: 1_250_050, status: 'existing' },
        { externalId: 'K-3', postalCode: '04109', potentialCents: 725, priorYearRevenueCents: 250 },
      ]);
      expect(conversion.postalZeros).toBe(2);
      expect(conversion.warnings.map((w) => w.line)).toEqual(expect.arrayContaining([2, 4]));
      // The name Calc turned into a failing formula has no value: the row is named, not guessed.
      expect(conversion.errors).toMatchObject([{ line: 3, field: 'name' }]);
    }
  });

  it('an old .xls file and a damaged workbook are refused with what to do', async () => {
    const bytes = (name: string) =>
      new Uint8Array(readFileSync(path.resolve('test/fixtures/xlsx', name)));
    expect(fileFormat(bytes('old-excel-format.xls'))).toBe('xls');
    expect(fileFormat(bytes('truncated-workbook.xlsx'))).toBe('xlsx');
    await expect(readWorkbook(fixture('truncated-workbook.xlsx'))).rejects.toThrow();
  });
});
