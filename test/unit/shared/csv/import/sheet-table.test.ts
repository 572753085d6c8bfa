import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS } from '@shared/csv/csv-records';
import {
  fileFormat,
  numberText,
  sheetNumberStyle,
  sheetTable,
  type WorkbookCell,
} from '@shared/csv/import/sheet-table';
import { cellText } from '@shared/csv/import/values';

const n = (digits: string) => ({ digits });

describe('a workbook sheet as a table of text', () => {
  it('shows numbers as the spreadsheet did: 15 significant digits, in the chosen style', () => {
    expect(numberText('0.30000000000000004', 'de')).toBe('0,3');
    expect(numberText('1234.4999999999998', 'en')).toBe('1234.5');
    expect(numberText('-1500', 'de')).toBe('-1500');
    expect(numberText('1067', 'en')).toBe('1067');
  });

  it('starts at the first filled row and column and numbers rows as the sheet does', () => {
    const data: WorkbookCell[][] = [
      [null, null, null, null],
      [null, 'Name', 'PLZ', 'Umsatz'],
      [null, 'Müller', n('1067'), n('1234.5')],
      [null, null, '', null],
      [null, '=cmd', '01067', true],
      [null, new Date(Date.UTC(2026, 10, 30)), null, false],
    ];
    expect(sheetTable(data, 'de')).toEqual({
      header: ['Name', 'PLZ', 'Umsatz'],
      rows: [
        ['Müller', '1067', '1234,5'],
        ['=cmd', '01067', 'true'],
        ['2026-11-30', '', 'false'],
      ],
      // Row 4 holds nothing: left out, and the rows after it keep their numbers.
      lines: [3, 5, 6],
      problem: null,
      notes: [],
    });
  });

  it('keeps formula-like text exactly as the cell holds it (the import takes off only a CSV guard)', () => {
    for (const written of ["'-1", "''=SUM(A1)", '=cmd', "'@x", "O'Brien"]) {
      const { rows } = sheetTable([['A'], [written]], 'de');
      expect(cellText(rows[0]![0])).toBe(written);
    }
  });

  it('removes control characters with a note naming the row', () => {
    const table = sheetTable(
      [
        ['A', 'B'],
        ['ok', 'x'],
        ['a\u0000b', 'c\u0007'],
      ],
      'en',
    );
    expect(table.rows[1]).toEqual(['ab', 'c']);
    expect(table.notes).toEqual([{ kind: 'control-characters', line: 3 }]);
  });

  it('refuses a sheet wider than the import reads, naming the row', () => {
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`);
    expect(sheetTable([['A'], wide], 'de').problem).toEqual({
      kind: 'too-many-columns',
      line: 2,
      columns: MAX_COLUMNS + 1,
    });
  });

  it('reads an empty sheet as no table', () => {
    expect(sheetTable([[null, ''], []], 'de')).toMatchObject({ header: [], rows: [] });
  });

  it('takes the number style from text cells only', () => {
    expect(sheetNumberStyle([['Umsatz'], ['1.234,50'], [n('99.5')]])).toBe('de');
    expect(sheetNumberStyle([['Revenue'], ['1,234.50']])).toBe('en');
    expect(sheetNumberStyle([['Revenue'], [n('1234.5')]])).toBe('en');
  });

  it('tells a workbook, an old Excel file and text apart by their first bytes', () => {
    expect(fileFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(fileFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'xls',
    );
    expect(fileFormat(new TextEncoder().encode('PLZ;Ort\r\n'))).toBe('text');
    expect(fileFormat(new Uint8Array([]))).toBe('text');
  });
});
