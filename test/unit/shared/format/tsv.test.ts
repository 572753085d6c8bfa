import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoneyToCents, parseWholePercent } from '@shared/format/parse-money';
import { centsForSpreadsheet, parseTsv, toTsv } from '@shared/format/tsv';

describe('tab-separated clipboard text', () => {
  it('reads what Excel and LibreOffice copy (CRLF, trailing break, quoted cells)', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('"a\nb"\t"say ""hi"""\n')).toEqual([['a\nb', 'say "hi"']]);
    expect(parseTsv('12.345,67')).toEqual([['12.345,67']]);
  });

  it('round-trips any rectangle of cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          expect(parseTsv(toTsv(rows))).toEqual(rows);
        },
      ),
    );
  });

  it('writes amounts so a spreadsheet in the same language reads them back exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('de', 'en' as const),
        (cents, lang) => {
          expect(parseMoneyToCents(centsForSpreadsheet(cents, lang), lang)).toBe(cents);
        },
      ),
    );
    expect(centsForSpreadsheet(123456, 'de')).toBe('1234,56');
    expect(centsForSpreadsheet(5, 'en')).toBe('0.05');
  });
});

describe('parseWholePercent', () => {
  it('reads whole percents from 0 to 100, with or without a % sign', () => {
    expect(['0', '60', ' 60 % ', '100', '100%'].map(parseWholePercent)).toEqual([
      0, 60, 60, 100, 100,
    ]);
    expect(['', '101', '-5', '12,5', '1e2', 'x'].map(parseWholePercent)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
