import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, detectEncoding, detectSeparator, parseCsv } from '@shared/csv/read-csv';

const win1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => ({ ä: 0xe4, ö: 0xf6, ü: 0xfc, ß: 0xdf, '€': 0x80 })[c] ?? c.charCodeAt(0)),
  );

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  [...text].forEach((c, i) => view.setUint16(2 + i * 2, c.charCodeAt(0), littleEndian));
  return bytes;
}

describe('reading CSV files', () => {
  it('detects UTF-8 with and without BOM, UTF-16 LE/BE and Windows-1252, and decodes them', () => {
    const text = 'Kunde;Ort\nMüller;Köln €\n';
    const utf8 = new TextEncoder().encode(text);
    const cases = [
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8'],
      [utf8, 'utf-8'],
      [utf16(text, true), 'utf-16le'],
      [utf16(text, false), 'utf-16be'],
      [win1252(text), 'windows-1252'],
    ] as const;
    for (const [bytes, encoding] of cases) {
      expect(detectEncoding(bytes)).toBe(encoding);
      expect(decodeCsv(bytes, encoding)).toBe(text);
    }
  });

  it('does not call a file Windows-1252 because the sample cut a character in half', () => {
    const bytes = new TextEncoder().encode(`${'a'.repeat(9)}ü${'b'.repeat(100)}`);
    expect(detectEncoding(bytes, 10)).toBe('utf-8');
  });

  it('detects the separator, also when another one appears inside quotes', () => {
    expect(detectSeparator('a;b;c\n1;"2,5";3\n')).toBe(';');
    expect(detectSeparator('a,b,c\n1,"2;5",3\n')).toBe(',');
    expect(detectSeparator('a\tb\n1\t2\n')).toBe('\t');
  });

  it('parses quotes, separators and line breaks in cells, reports progress and can stop', () => {
    const text = `Name;Notiz\r\n"Müller ""GmbH""";"a;b\r\nc"\r\n\r\nx;y\r\n`;
    const seen: number[] = [];
    const parsed = parseCsv(text, ';', { onProgress: (f) => seen.push(f) });
    expect(parsed.header).toEqual(['Name', 'Notiz']);
    expect(parsed.rows).toEqual([
      ['Müller "GmbH"', 'a;b\r\nc'],
      ['x', 'y'],
    ]);
    expect(seen.at(-1)).toBe(1);
    const big = `a;b\n${'1;2\n'.repeat(400_000)}`;
    const stopped = parseCsv(big, ';', { shouldStop: () => true });
    expect(stopped.stopped).toBe(true);
    expect(stopped.rows.length).toBeLessThan(400_000);
  });

  it('never throws on random bytes or CSV-like text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const encoding = detectEncoding(bytes);
        const text = decodeCsv(bytes, encoding);
        parseCsv(text, detectSeparator(text));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ';', ',', '"', '\n', '\r', '\t', 'ü', ' ', '1'), {
          maxLength: 300,
        }),
        (chars) => {
          const text = chars.join('');
          const parsed = parseCsv(text, detectSeparator(text));
          expect(Array.isArray(parsed.rows)).toBe(true);
        },
      ),
    );
  });
});
