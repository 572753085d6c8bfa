import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_DIALECTS, DIALECTS } from '@shared/csv/dialect';
import { formatCents, needsApostrophe, writeCsv, type CsvColumn } from '@shared/csv/write-csv';

type Row = { text: string; cents: number; day: string };
const columns: CsvColumn<Row>[] = [
  { header: 'Text', value: (r) => r.text },
  { header: 'Betrag', value: (r) => ({ cents: r.cents }) },
  { header: 'Datum', value: (r) => ({ date: r.day }) },
];

describe('writeCsv', () => {
  it('writes each dialect as its spreadsheet expects', () => {
    const rows = [{ text: 'Müller; "Söhne"', cents: -123456, day: '2026-11-26' }];
    expect(writeCsv(rows, columns, 'excel-de')).toBe(
      '\ufeffText;Betrag;Datum\r\n"Müller; ""Söhne""";-1234,56;26.11.2026\r\n',
    );
    expect(writeCsv(rows, columns, 'excel-en')).toBe(
      '\ufeffText,Betrag,Datum\r\n"Müller; ""Söhne""",-1234.56,2026-11-26\r\n',
    );
    expect(writeCsv(rows, columns, 'rfc4180')).toBe(
      'Text,Betrag,Datum\r\n"Müller; ""Söhne""",-1234.56,2026-11-26\r\n',
    );
  });

  it('neutralises every formula trigger in text, but not the numbers it formats itself', () => {
    const triggers = ['=1+2', '+49 89', '-x', '@SUM(A1)', '\tx', '\rx', '\nx'];
    const csv = writeCsv(
      triggers.map((text) => ({ text, cents: -5, day: '2026-01-01' })),
      columns,
      'excel-de',
    );
    const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.slice(1, -1);
    expect(cells.map((r) => r[0])).toEqual(triggers.map((t) => `'${t}`));
    expect(cells.every((r) => r[1] === '-0,05')).toBe(true);
    // Text that starts with an apostrophe before a trigger keeps its own apostrophe too.
    const quoted = writeCsv([{ text: "'=x", cents: 0, day: '2026-01-01' }], columns, 'rfc4180');
    expect(quoted.split('\r\n')[1]).toBe("''=x,0.00,2026-01-01");
  });

  it('formats cents exactly, without floating point', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER, '.')).toBe('90071992547409.91');
    expect(formatCents(-1, ',')).toBe('-0,01');
    expect(() => formatCents(0.5, '.')).toThrow(RangeError);
  });

  it('never lets a cell start with a formula trigger, and papaparse reads back the same text (every dialect)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ unit: 'grapheme' }), cents: fc.maxSafeInteger() }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.constantFrom(...CSV_DIALECTS),
        (records, dialect) => {
          const rows = records.map((r) => ({ ...r, day: '2026-02-03' }));
          const spec = DIALECTS[dialect];
          const csv = writeCsv(rows, columns, dialect);
          const body = spec.bom ? csv.slice(1) : csv;
          const parsed = Papa.parse<string[]>(body, { delimiter: spec.separator, newline: '\r\n' });
          const data = parsed.data.slice(1, -1);
          expect(data).toHaveLength(rows.length);
          data.forEach((cells, i) => {
            const text = rows[i]!.text;
            expect(/^[=+\-@\t\r\n]/.test(cells[0]!)).toBe(false);
            expect(cells[0]).toBe(needsApostrophe(text) ? `'${text}` : text);
            expect(cells[1]).toBe(formatCents(rows[i]!.cents, spec.decimal));
          });
        },
      ),
    );
  });
});
