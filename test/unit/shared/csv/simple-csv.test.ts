import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvAmount, toCsv } from '../../../../shared/csv/simple-csv';

describe('toCsv', () => {
  it('writes German Excel CSV: BOM, semicolons, CRLF, escaped quotes', () => {
    expect(
      toCsv(
        [
          ['Kunde', 'PLZ'],
          ['Bäckerei "Süß"; GmbH', '80331'],
        ],
        'de',
      ),
    ).toBe('\ufeffKunde;PLZ\r\n"Bäckerei ""Süß""; GmbH";80331\r\n');
    expect(toCsv([['a,b', 1]], 'en')).toBe('\ufeff"a,b",1\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\nx', 'ok']], 'en')).toBe(
      `\ufeff"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tx,"'\nx",ok\r\n`,
    );
  });

  it('writes amounts exactly from cents', () => {
    expect([csvAmount(123_456, 'de'), csvAmount(5, 'en'), csvAmount(-1050, 'de')]).toEqual([
      '1234,56',
      '0.05',
      '-10,50',
    ]);
  });

  it('reads back through a real CSV parser cell for cell, with no cell starting like a formula (property)', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'ö', '"', ';', ',', '\n', '\r\n', ' ', '=', '+', '-', '@', '😀'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>,
        (rows, language) => {
          const csv = toCsv(rows, language);
          const parsed = Papa.parse<string[]>(csv.slice(1), {
            delimiter: language === 'de' ? ';' : ',',
            newline: '\r\n',
            skipEmptyLines: false,
          });
          const cells = parsed.data.slice(0, rows.length);
          cells.forEach((row, r) =>
            row.forEach((value, c) => {
              const original = rows[r]![c]!;
              expect(value).toBe(/^[=+\-@\t\r\n]/.test(original) ? `'${original}` : original);
              expect(/^[=+\-@\t\r\n]/.test(value)).toBe(false);
            }),
          );
        },
      ),
    );
  });
});
