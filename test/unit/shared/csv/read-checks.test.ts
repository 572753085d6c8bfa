import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, convertAccounts } from '@shared/csv/import/account-import';
import { autoMap } from '@shared/csv/import/column-mapping';
import { onFileLines } from '@shared/csv/import/import-result';
import {
  detectEncoding,
  detectNumberStyle,
  detectSeparator,
  firstInvalidLine,
} from '@shared/csv/read-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cp1252 = (text: string) => Uint8Array.from(text, (c) => (c === 'ü' ? 0xfc : c.charCodeAt(0)));

describe('encoding, decided over the whole file', () => {
  it('reads a UTF-8 file with one bad byte as damaged UTF-8, not as Windows-1252 mojibake', () => {
    const good = utf8('Name;Ort\nMüller;Köln\n');
    const bytes = new Uint8Array([...good, ...utf8('Bad;'), 0xff, ...utf8('\n')]);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(firstInvalidLine(bytes, 'utf-8')).toBe(3);
  });

  it('still reads old German Excel (no UTF-8 at all) as Windows-1252', () => {
    expect(detectEncoding(cp1252('Name;Ort\nMüller;Köln\n'))).toBe('windows-1252');
  });

  it('finds a late bad byte the head could not see, by its line', () => {
    const lines = Array.from({ length: 90_000 }, (_, i) => `K-${i};Firma ${i}`).join('\n');
    const bytes = new Uint8Array([...utf8(`${lines}\n`), ...cp1252('Müller;x\n')]);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(firstInvalidLine(bytes, 'utf-8')).toBe(90_001);
    expect(firstInvalidLine(utf8('a;b\nä;ö\n'), 'utf-8')).toBeNull();
  });

  it('refuses bytes Windows-1252 does not define', () => {
    expect(firstInvalidLine(new Uint8Array([0x61, 0x0a, 0x62, 0x81]), 'windows-1252')).toBe(2);
    expect(firstInvalidLine(cp1252('Müller\n'), 'windows-1252')).toBeNull();
  });
});

describe('separator and number style', () => {
  it('honours Excel’s "sep=" line', () => {
    expect(detectSeparator('sep=,\na;b;c\n1;2;3\n')).toBe(',');
    expect(detectSeparator('SEP=\t\na,b\n')).toBe('\t');
  });

  it('judges the number style from the values, also for tab-separated files', () => {
    expect(detectNumberStyle([['Müller', '1.234,56', '12,5']], '\t')).toBe('de');
    expect(detectNumberStyle([['Miller', '1,234.56', '12.5']], '\t')).toBe('en');
    expect(detectNumberStyle([['Müller', '1234,56']], ',')).toBe('de');
    expect(detectNumberStyle([['no numbers']], ';')).toBe('de');
    expect(detectNumberStyle([['no numbers']], '\t')).toBe('en');
  });
});

describe('what went in other than as written is said, line by line', () => {
  const header = ['Kundennummer', 'Name', 'PLZ', 'Potenzial', 'Status', 'Zufriedenheit'];
  const mapping = autoMap(header, ACCOUNT_FIELDS);

  it('a 4-digit postal code gets its zero back, with a warning on its line', () => {
    const { records, warnings } = convertAccounts(
      [
        ['K-1', 'Dresden GmbH', '1067', '100', 'Stammkund*in', '4'],
        ['K-2', 'Köln KG', '50667', '100', 'Stammkund*in', '4'],
      ],
      mapping,
      'de',
    );
    expect(records.map((r) => r.postalCode)).toEqual(['01067', '50667']);
    expect(warnings).toEqual([
      { line: 2, field: 'postalCode', value: '1067', message: 'import.warning.postalZero' },
    ]);
  });

  it('an empty amount imported as 0 and a prospect’s satisfaction left out are warned', () => {
    const { records, warnings } = convertAccounts(
      [['K-1', 'Neu AG', '80331', '', 'Interessent*in', '3']],
      mapping,
      'de',
    );
    expect(records[0]).toMatchObject({ potentialCents: 0, satisfaction: null });
    expect(warnings?.map((w) => [w.field, w.message])).toEqual([
      ['potential', 'import.warning.blankIsZero'],
      ['satisfaction', 'import.warning.prospectSatisfaction'],
    ]);
  });

  it('problems are re-numbered by the lines the file really has', () => {
    const problems = [{ line: 3, field: 'x', value: '', message: 'import.error.amount' as const }];
    // Rows 0..2 of the file's chunk start on lines 2, 5 and 9 (blank lines, a cell over lines).
    expect(onFileLines(problems, [2, 5, 9])[0]!.line).toBe(5);
    expect(onFileLines(problems, [9], 1)[0]!.line).toBe(9);
  });
});
