import { describe, expect, it } from 'vitest';
import { sheetName, tableExport } from '@shared/csv/exports/table-export';
import { workbookSheetSchema } from '@shared/ipc/workbook-schema';
import { columnsOf, writeCsv, type CsvValue } from '@shared/csv/write-csv';

interface Row {
  plz: string;
  cents: number | null;
  visits: number;
  day: string;
  month: string;
  mixed: CsvValue;
}

const rows: Row[] = [
  { plz: '01067', cents: 123_456, visits: 4, day: '2026-11-30', month: '2026-11', mixed: 'k. A.' },
  {
    plz: '=1+1',
    cents: null,
    visits: -2,
    day: '2027-01-01',
    month: '2027-01',
    mixed: { cents: -5 },
  },
];
const columns = columnsOf<Row>('PLZ|Umsatz|Besuche|Tag|Monat|Gemischt', [
  (r) => r.plz,
  (r) => (r.cents === null ? null : { cents: r.cents }),
  (r) => ({ int: r.visits }),
  (r) => ({ date: r.day }),
  (r) => ({ month: r.month }),
  (r) => r.mixed,
]);

describe('an export as a workbook sheet', () => {
  it('types each column from its cells: text as written, cents exactly, dates ISO, months as labels', () => {
    const sheet = tableExport(rows, columns).sheet('Kund_innen');
    expect(sheet.name).toBe('Kund_innen');
    expect(sheet.columns).toEqual([
      // No apostrophe: a text cell is never a formula in a workbook.
      { header: 'PLZ', kind: 'text', values: ['01067', '=1+1'] },
      { header: 'Umsatz', kind: 'money', values: [123_456, null] },
      { header: 'Besuche', kind: 'int', values: [4, -2] },
      { header: 'Tag', kind: 'date', values: ['2026-11-30', '2027-01-01'] },
      { header: 'Monat', kind: 'text', values: ['2026-11', '2027-01'] },
      // A column that mixes a word and an amount is text: nothing becomes a wrong number.
      { header: 'Gemischt', kind: 'text', values: ['k. A.', '-0.05'] },
    ]);
    expect(workbookSheetSchema.safeParse(sheet).success).toBe(true);
  });

  it('writes the same CSV as the CSV writer (a month is its first day there)', () => {
    const table = tableExport(rows, columns);
    expect(table.csv('excel-de')).toBe(writeCsv(rows, columns, 'excel-de'));
    expect(table.csv('excel-de')).toContain(';30.11.2026;01.11.2026;');
    expect(table.csv('rfc4180')).toContain(',2026-11-30,2026-11-01,');
  });

  it('makes a name Excel accepts from what the user reads', () => {
    expect(sheetName('Vertriebsplan 2027/28 v2')).toBe('Vertriebsplan 202728 v2');
    expect(sheetName('Kund*innen: [Süd]?')).toBe('Kundinnen Süd');
    expect(sheetName("'Plan'")).toBe('Plan');
    expect(sheetName('Ein sehr langer Name für eine Tabelle im Export')).toHaveLength(31);
    expect(sheetName('***')).toBe('Sheet1');
    for (const name of ['Plan 2027/28', 'a'.repeat(40), "'x'", '[]']) {
      const result = sheetName(name);
      expect(
        workbookSheetSchema.safeParse({
          name: result,
          columns: [{ header: 'A', kind: 'text', values: [] }],
        }).success,
      ).toBe(true);
    }
  });

  it('refuses a sheet whose columns differ in length or whose cells are not their kind', () => {
    const base = { name: 'A', columns: [{ header: 'A', kind: 'text', values: ['x'] }] };
    expect(workbookSheetSchema.safeParse(base).success).toBe(true);
    const bad = [
      { ...base, columns: [...base.columns, { header: 'B', kind: 'text', values: [] }] },
      { ...base, columns: [{ header: 'A', kind: 'money', values: [1.5] }] },
      { ...base, columns: [{ header: 'A', kind: 'date', values: ['30.11.2026'] }] },
      { ...base, columns: [{ header: 'A', kind: 'text', values: [1] }] },
      { ...base, name: 'a:b' },
      { ...base, columns: [] },
    ];
    for (const sheet of bad) expect(workbookSheetSchema.safeParse(sheet).success).toBe(false);
  });
});
