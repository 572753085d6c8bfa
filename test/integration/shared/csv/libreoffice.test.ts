import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { writeCsv } from '@shared/csv/write-csv';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { findSoffice, openInCalc } from './libreoffice-client';

const soffice = findSoffice();
if (!soffice && process.env.CI)
  throw new Error('CI must install LibreOffice (soffice) for the CSV client test');

const accounts = generateWorkspace({ asOf: '2026-11-26', accounts: 300, months: 1 }).accounts;
// Hostile and awkward texts, as real customer data has them.
const awkward: Account[] = [
  { ...accounts[0]!, externalId: 'Q-1', name: 'Müller & Söhne; "Bäckerei", Köln', city: 'a\r\nb' },
  {
    ...accounts[1]!,
    externalId: 'Q-2',
    name: '=HYPERLINK("http://x";"klick")',
    city: '+49 89 123',
  },
  { ...accounts[2]!, externalId: 'Q-3', name: 'Café 😀 ß', city: '@home' },
];
const rows = [...accounts, ...awkward];
const names = { territory: () => 'Süd 1', member: () => 'Özlem Şahin' };
const sumCents = rows.reduce((sum, a) => sum + a.potentialCents, 0);

describe.skipIf(!soffice)('a real client: LibreOffice Calc', () => {
  it('opens an Excel (German) export with German settings as numbers, not text, with the right sum', () => {
    const csv = writeCsv(rows, accountColumns(createTranslator('de'), names), 'excel-de');
    // 59 = ";", 34 = '"', 76 = UTF-8, from line 1, German (1031).
    const sheet = openInCalc(soffice!, Buffer.from(csv, 'utf8'), 'CSV:59,34,76,1,,1031');
    expect(sheet[0]![0]!.text).toBe('Kundennummer');
    const body = sheet.slice(1);
    expect(body).toHaveLength(rows.length);
    const potential = body.map((cells) => cells[6]!);
    expect(potential.every((c) => c.type === 'float')).toBe(true);
    const sum = potential.reduce((s, c) => s + Math.round(c.value! * 100), 0);
    expect(sum).toBe(sumCents);
    // Text stays text, formulas stay inert, line breaks and umlauts survive.
    const byId = new Map(body.map((cells) => [cells[0]!.text, cells]));
    expect(byId.get('Q-1')![1]!.text).toBe('Müller & Söhne; "Bäckerei", Köln');
    expect(byId.get('Q-1')![3]!.text).toBe('a\nb');
    expect(byId.get('Q-2')![1]).toMatchObject({
      type: 'string',
      text: `'=HYPERLINK("http://x";"klick")`,
    });
    expect(byId.get('Q-3')![1]!.text).toBe('Café 😀 ß');
  }, 120_000);

  it('reads an RFC 4180 export into the same cells papaparse reads', () => {
    const csv = writeCsv(rows, accountColumns(createTranslator('en'), names), 'rfc4180');
    const parsed = Papa.parse<string[]>(csv, {
      delimiter: ',',
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    // 44 = ",", English (1033), quoted fields as text so no cell is re-typed.
    const sheet = openInCalc(soffice!, Buffer.from(csv, 'utf8'), 'CSV:44,34,76,1,,1033,true');
    expect(sheet).toHaveLength(parsed.length);
    sheet.forEach((cells, r) => {
      const expected = parsed[r]!;
      // Calc drops empty trailing cells; papaparse keeps them.
      expect(cells.length).toBeLessThanOrEqual(expected.length);
      expected.forEach((text, c) => {
        const cell = cells[c];
        if (!cell || cell.type === 'empty') return expect(text).toBe('');
        if (cell.type === 'float') return expect(cell.value).toBeCloseTo(Number(text), 2);
        expect(cell.text.replace(/\r\n/g, '\n')).toBe(text.replace(/\r\n/g, '\n'));
      });
    });
  }, 120_000);
});
