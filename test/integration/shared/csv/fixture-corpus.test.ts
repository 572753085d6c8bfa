import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, type ImportedAccount } from '@shared/csv/import/account-import';
import { checkFile, inspectHead } from '@shared/csv/import/check-file';
import { autoMap } from '@shared/csv/import/column-mapping';

// Each file in test/fixtures/csv is named after what it tests; each goes through the steps the
// import worker takes: inspect the head, map the columns, check the whole file.
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve('test/fixtures/csv', name)));

function importFixture(name: string, options: { quotesOff?: boolean } = {}) {
  const bytes = fixture(name);
  const inspection = inspectHead(bytes, bytes.length, options);
  const conversion = checkFile(bytes, {
    options: { ...inspection, quotesOff: options.quotesOff },
    kind: 'accounts',
    mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
    context: { style: inspection.style, team: [], today: '2026-12-02' },
  });
  return { inspection, conversion, accounts: conversion.records as ImportedAccount[] };
}

describe('the import fixture corpus', () => {
  it('mixed-line-endings: CR, LF and CRLF each end a row; every row goes in', () => {
    const { accounts, conversion } = importFixture('mixed-line-endings.csv');
    expect(conversion.problem).toBeNull();
    expect(accounts.map((a) => [a.externalId, a.city])).toEqual([
      ['K-1', 'München'],
      ['K-2', 'Köln'],
      ['K-3', 'Hamburg'],
    ]);
  });

  it('unbalanced-quote: refused with the line where the quote opens; quotes off reads it', () => {
    const { conversion } = importFixture('unbalanced-quote.csv');
    expect(conversion.problem).toEqual({ kind: 'open-quote', line: 2 });
    expect(conversion.records).toEqual([]);
    const off = importFixture('unbalanced-quote.csv', { quotesOff: true });
    expect(off.conversion.problem).toBeNull();
    expect(off.accounts.map((a) => a.name)).toEqual(['"Müller GmbH', 'Schmidt KG']);
  });

  it('stray-quote-closed-later: a quote that swallows rows is refused, not read as one cell', () => {
    const { conversion } = importFixture('stray-quote-closed-later.csv');
    expect(conversion.problem).toEqual({ kind: 'stray-quote', line: 2, closedAt: 4 });
    expect(conversion.records).toEqual([]);
  });

  it('invalid-utf8-byte: read as UTF-8 and stopped at the bad line, not turned to mojibake', () => {
    const { inspection, conversion } = importFixture('invalid-utf8-byte.csv');
    expect(inspection.encoding).toBe('utf-8');
    expect(conversion.problem).toEqual({ kind: 'encoding', line: 3, encoding: 'utf-8' });
    expect(conversion.records).toEqual([]);
  });

  it('excel-sep-line: "sep=;" is honoured and skipped, and said', () => {
    const { inspection, accounts, conversion } = importFixture('excel-sep-line.csv');
    expect(inspection.separator).toBe(';');
    expect(inspection.header[0]).toBe('Kundennummer');
    expect(accounts).toHaveLength(1);
    expect(conversion.notes).toEqual([{ kind: 'separator-line', line: 1 }]);
  });

  it('four-digit-postal-codes: zeros come back, each on its line and counted', () => {
    const { accounts, conversion } = importFixture('four-digit-postal-codes.csv');
    expect(accounts.map((a) => a.postalCode)).toEqual(['01067', '04109', '50667']);
    expect(conversion.postalZeros).toBe(2);
    expect(
      conversion.warnings
        .filter((w) => w.message === 'import.warning.postalZero')
        .map((w) => [w.line, w.value]),
    ).toEqual([
      [2, '1067'],
      [3, '4109'],
    ]);
  });

  it('control-characters: a NUL is removed from the name, and the line is named', () => {
    const { accounts, conversion } = importFixture('control-characters.csv');
    expect(accounts[0]!.name).toBe('Müller GmbH');
    expect(conversion.notes).toEqual([{ kind: 'control-characters', line: 2 }]);
  });

  it('tab-separated-german-numbers: the number style comes from the values', () => {
    const { inspection, accounts } = importFixture('tab-separated-german-numbers.txt');
    expect([inspection.separator, inspection.style]).toEqual(['\t', 'de']);
    expect(accounts[0]).toMatchObject({ potentialCents: 123456, priorYearRevenueCents: 1250 });
  });

  it('blank-lines-and-cell-over-lines: problems name the lines an editor shows', () => {
    const { accounts, conversion } = importFixture('blank-lines-and-cell-over-lines.csv');
    expect(accounts.map((a) => a.name)).toEqual(['Müller GmbH\r\nHinterhaus']);
    // K-2 starts on line 6: header 1, blank 2, K-1 on lines 3–4, blank 5.
    expect(conversion.errors.map((e) => [e.line, e.field])).toEqual([[6, 'potential']]);
  });
});
