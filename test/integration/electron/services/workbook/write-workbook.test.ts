import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../../helpers/load-workbook';
import { writeWorkbook } from '../../../../../electron/services/workbook/write-workbook';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { tableExport } from '@shared/csv/exports/table-export';
import { columnsOf } from '@shared/csv/write-csv';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { cellsOf, convertInCalc, findSoffice } from '../../../shared/csv/libreoffice-client';

const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI must install LibreOffice (soffice) for the workbook client test');

const accounts = generateWorkspace({ asOf: '2026-11-26', accounts: 200, months: 1 }).accounts;
const awkward: Account[] = [
  { ...accounts[0]!, externalId: '007', postalCode: '01067', name: '=HYPERLINK("http://x";"k")' },
  { ...accounts[1]!, externalId: 'Q-2', name: '+49 89 123', city: 'a\nb', potentialCents: -150 },
  { ...accounts[2]!, externalId: 'Q-3', name: "'@home", city: 'Café 😀 ß' },
];
const rows = [...awkward, ...accounts.slice(3)];
const names = { territory: () => 'Süd 1', member: () => 'Özlem Şahin' };

async function workbookOf(language: 'de' | 'en') {
  const t = createTranslator(language);
  const sheet = tableExport(rows, accountColumns(t, names)).sheet(t('accounts.sheetName'));
  return Buffer.concat(await writeWorkbook(sheet, { language, currency: 'EUR' }));
}

describe.skipIf(!soffice)('a workbook export as LibreOffice Calc reads it', () => {
  it('keeps text as text, amounts as numbers, and runs no formula', async () => {
    const xml = convertInCalc(soffice!, await workbookOf('de'), 'export.xlsx');
    const [header, ...body] = cellsOf(xml);
    expect(header!.map((c) => c.text).slice(0, 3)).toEqual(['Kundennummer', 'Name', 'PLZ']);
    expect(body).toHaveLength(rows.length);
    const byId = new Map(body.map((cells) => [cells[0]!.text, cells]));
    // Customer number and postal code keep their zeros: text, not numbers.
    expect(byId.get('007')![0]).toMatchObject({ type: 'string', text: '007' });
    expect(byId.get('007')![2]).toMatchObject({ type: 'string', text: '01067' });
    // Formula-like text is a text cell, without the CSV's apostrophe, and nothing is calculated.
    expect(byId.get('007')![1]).toMatchObject({
      type: 'string',
      text: '=HYPERLINK("http://x";"k")',
    });
    expect(byId.get('Q-2')![1]).toMatchObject({ type: 'string', text: '+49 89 123' });
    expect(byId.get('Q-3')![1]).toMatchObject({ type: 'string', text: "'@home" });
    expect(byId.get('Q-3')![3]!.text).toBe('Café 😀 ß');
    expect(byId.get('Q-2')![3]!.text).toBe('a\nb');
    expect(body.flat().filter((c) => c.formula !== null)).toEqual([]);
    // Amounts are numbers, exactly the cents, with a currency format.
    const potential = body.map((cells) => cells[6]!);
    expect(potential.every((c) => c.type === 'currency' || c.type === 'float')).toBe(true);
    const cents = potential.map((c) => Math.round(c.value! * 100));
    expect(cents).toEqual(rows.map((a) => a.potentialCents));
    // Shown with the currency (separators follow the reader's locale).
    expect(byId.get('Q-2')![6]!.text).toMatch(/^-1[.,]50 €$/);
    // Satisfaction is a whole number where known, empty where not.
    for (const [i, a] of rows.entries()) {
      const cell = body[i]![9];
      if (a.satisfaction === null) expect(cell?.type ?? 'empty').toBe('empty');
      else expect(cell).toMatchObject({ type: 'float', value: a.satisfaction });
    }
  }, 120_000);

  it('names the sheet in the UI language, freezes a bold header and filters the whole table', async () => {
    const xml = convertInCalc(soffice!, await workbookOf('en'), 'export.xlsx');
    expect(xml).toContain('<table:table table:name="Accounts"');
    // The autofilter covers the header and every row.
    expect(xml).toMatch(
      new RegExp(
        `<table:database-range [^>]*table:target-range-address="Accounts\\.A1:Accounts\\.L${rows.length + 1}"[^>]*table:display-filter-buttons="true"`,
      ),
    );
    // Row 1 is frozen (headless Calc keeps no view settings, so the workbook itself is read).
    const book = await loadWorkbook(await workbookOf('en'));
    expect(book.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.worksheets[0]!.getColumn(2).width).toBeGreaterThan(15);
    // The header cells are bold.
    const headerStyle = cellsOf(xml)[0]![0]!.style!;
    const style = new RegExp(
      `<style:style style:name="${headerStyle}"[\\s\\S]*?</style:style>`,
    ).exec(xml)![0];
    expect(style).toContain('fo:font-weight="bold"');
  }, 120_000);

  it('writes dates as dates in the style of the language and months as text labels', async () => {
    const table = tableExport(
      [
        { day: '2026-11-30', month: '2026-11' },
        { day: '2024-02-29', month: '2027-01' },
      ],
      columnsOf<{ day: string; month: string }>('Tag|Monat', [
        (r) => ({ date: r.day }),
        (r) => ({ month: r.month }),
      ]),
    );
    const bytes = await writeWorkbook(table.sheet('Ist'), { language: 'de', currency: 'EUR' });
    const [, ...body] = cellsOf(convertInCalc(soffice!, Buffer.concat(bytes), 'dates.xlsx'));
    expect(body.map((cells) => cells[0])).toMatchObject([
      { type: 'date', date: '2026-11-30', text: '30.11.2026' },
      { type: 'date', date: '2024-02-29', text: '29.02.2024' },
    ]);
    expect(body.map((cells) => cells[1])).toMatchObject([
      { type: 'string', text: '2026-11' },
      { type: 'string', text: '2027-01' },
    ]);
  }, 120_000);
});
