import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, type ImportedAccount } from '@shared/csv/import/account-import';
import { checkFile, inspectHead } from '@shared/csv/import/check-file';
import { autoMap } from '@shared/csv/import/column-mapping';
import { cleanValueMapping } from '@shared/csv/import/value-mapping';

describe('the value step: values no word table places', () => {
  const file = new TextEncoder().encode(
    [
      'Kundennummer;Name;PLZ;ABC;Status',
      'K-1;Eins;80331;A;Top-Kunde',
      'K-2;Zwei;80331;Premium;Top-Kunde',
      'K-3;Drei;80331;B;Stammkunde',
      'K-4;Vier;;B;top-kunde ',
    ].join('\r\n'),
  );
  const check = (values?: Record<string, Record<string, string>>) => {
    const inspection = inspectHead(file, file.length, {});
    return checkFile(file, {
      options: inspection,
      kind: 'accounts',
      mapping: autoMap(inspection.header, ACCOUNT_FIELDS),
      context: { style: 'de', team: [], today: '2026-12-02', values },
    });
  };

  it('asks once per distinct value with its row count, instead of a problem per line', () => {
    const conversion = check();
    expect(conversion.unplaced).toEqual([
      { field: 'status', value: 'Top-Kunde', rows: 3 },
      { field: 'segment', value: 'Premium', rows: 1 },
    ]);
    // The empty postal code stays a problem of its line; unplaced values are not listed.
    expect(conversion.errors.map((e) => [e.line, e.field])).toEqual([[5, 'postalCode']]);
    expect(conversion.records).toHaveLength(1);
  });

  it('takes the user’s answers, whatever the case and spacing of the file', () => {
    const conversion = check({ status: { 'top-kunde': 'regular' }, segment: { premium: 'A' } });
    expect(conversion.unplaced).toEqual([]);
    const accounts = conversion.records as ImportedAccount[];
    expect(accounts.map((a) => [a.externalId, a.segment, a.status])).toEqual([
      ['K-1', 'A', 'regular'],
      ['K-2', 'A', 'regular'],
      ['K-3', 'B', 'regular'],
    ]);
  });

  it('keeps only stored answers that name an app value of the kind', () => {
    expect(
      cleanValueMapping('accounts', {
        status: { 'Top-Kunde': 'regular', Alt: 'gone' },
        level: { x: 'junior' },
      }),
    ).toEqual({ status: { 'top-kunde': 'regular' } });
  });
});
