import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, convertAccounts } from '@shared/csv/import/account-import';
import { ACTUAL_FIELDS, convertActuals } from '@shared/csv/import/actual-import';
import { autoMap, normalizeHeader, restoreMapping } from '@shared/csv/import/column-mapping';
import { convertMembers, MEMBER_FIELDS } from '@shared/csv/import/member-import';
import { convertTerritories, TERRITORY_FIELDS } from '@shared/csv/import/territory-import';
import { parseAmount, parseDate, parseMonth } from '@shared/csv/import/values';
import { freshChunkState } from '@shared/csv/import/import-result';
import { parseCsv } from '@shared/csv/read-csv';
import { member } from '../../../renderer/fresh-db';

describe('column mapping', () => {
  it('matches German and English column names, loosely written', () => {
    expect(normalizeHeader('Betreuer*in ')).toBe('betreuerin');
    const mapping = autoMap(
      ['Kd.-Nr.', 'Kundin', 'Postleitzahl', 'Umsatz', 'Potenzial in EUR', 'ABC', 'Notiz'],
      ACCOUNT_FIELDS,
    );
    expect(mapping).toMatchObject({
      externalId: 0,
      name: 1,
      postalCode: 2,
      priorYearRevenue: 3,
      potential: 4,
      segment: 5,
      city: null,
    });
    expect(
      autoMap(['Customer ID', 'Account name', 'ZIP', 'Revenue'], ACCOUNT_FIELDS),
    ).toMatchObject({
      externalId: 0,
      name: 1,
      postalCode: 2,
      priorYearRevenue: 3,
    });
  });

  it('restores a remembered mapping by column name, wherever the column now is', () => {
    const mapping = restoreMapping(['X', 'Firma', 'Nummer', 'PLZ'], ACCOUNT_FIELDS, {
      externalId: 'Nummer',
      name: 'Firma',
    });
    expect(mapping).toMatchObject({ externalId: 2, name: 1, postalCode: 3 });
  });
});

describe('values', () => {
  it('reads amounts in both notations, blanks and dashes as zero, and refuses the rest', () => {
    expect(parseAmount('1.234,56', 'de')).toEqual({ ok: true, value: 123456 });
    expect(parseAmount('1,234.56', 'en')).toEqual({ ok: true, value: 123456 });
    expect(parseAmount('1234.56', 'de')).toEqual({ ok: true, value: 123456 });
    expect(parseAmount('-', 'de')).toEqual({ ok: true, value: 0 });
    expect(parseAmount('', 'en')).toEqual({ ok: true, value: 0 });
    expect(parseAmount('12 Stück', 'de').ok).toBe(false);
  });

  it('reads dates and months as people write them', () => {
    expect(parseDate('1.2.2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(parseDate('31.02.2024').ok).toBe(false);
    expect(parseMonth('11.2026')).toEqual({ ok: true, value: '2026-11' });
    expect(parseMonth('2026-3')).toEqual({ ok: true, value: '2026-03' });
    expect(parseMonth('13/2026').ok).toBe(false);
  });
});

describe('converting rows', () => {
  it('accounts: reports each bad cell with its line and column, keeps the good rows', () => {
    const header = ['Kundennummer', 'Name', 'PLZ', 'Potenzial', 'Status', 'Zufriedenheit'];
    const rows = [
      ['K-1', 'Müller GmbH', '80331', '1.234,50', 'Stammkund*in', '4'],
      ['K-2', '', '803', '-5', 'Kunde', '9'],
      ['K-1', 'Doppelt AG', '80331', '', 'regular', ''],
      ['K-3', 'Dresden GmbH', '1067', '', '', ''],
    ];
    const result = convertAccounts(rows, autoMap(header, ACCOUNT_FIELDS), 'de');
    expect(result.records).toEqual([
      expect.objectContaining({
        externalId: 'K-1',
        potentialCents: 123450,
        status: 'regular',
        satisfaction: 4,
        segment: 'C',
      }),
      expect.objectContaining({ externalId: 'K-3', postalCode: '01067' }),
    ]);
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [3, 'name', 'accounts.error.nameRequired'],
      [3, 'postalCode', 'accounts.error.postalCode'],
      [3, 'potential', 'accounts.error.negative'],
      [3, 'status', 'import.error.status'],
      [3, 'satisfaction', 'accounts.error.satisfaction'],
      [4, 'externalId', 'import.error.duplicate'],
    ]);
  });

  it('members: a Junior may name a Senior from a later row; unknown Seniors are reported', () => {
    const team = [{ ...member('s1', 'Anna Senior') }];
    const header = ['Name', 'Stufe', 'Senior', 'Kapazität', 'Eintritt'];
    const rows = [
      ['Jan Junior', 'Junior', 'Berta Neu', '150', '01.03.2025'],
      ['Berta Neu', 'Senior Sales Manager*in', '', '200', ''],
      ['Anna Senior', 'Senior', '', '1.000', '2019-01-01'],
      ['Kai Junior', 'Junior', 'Niemand', '100', ''],
    ];
    const ids = ['n1', 'n2', 'n3'];
    const result = convertMembers(
      rows,
      autoMap(header, MEMBER_FIELDS),
      'de',
      team,
      '2026-11-26',
      () => ids.shift()!,
    );
    const byName = new Map(result.records.map((m) => [m.name, m]));
    expect(byName.get('Jan Junior')).toMatchObject({
      level: 'junior',
      supervisorId: 'n2',
      hireDate: '2025-03-01',
    });
    expect(byName.get('Berta Neu')).toMatchObject({
      id: 'n2',
      level: 'senior',
      hireDate: '2026-11-26',
    });
    // A known name updates that member (same id), not a second one.
    expect(byName.get('Anna Senior')).toMatchObject({ id: 's1', capacity: 1000 });
    expect(result.errors).toEqual([
      { line: 5, field: 'supervisor', value: 'Niemand', message: 'import.error.unknownMember' },
    ]);
  });

  it('territories: rows of one territory add up; bad rules and unknown owners are reported', () => {
    const team = [member('m1', 'Eva Ost')];
    const header = ['Gebiet', 'Region', 'Betreuer*in', 'PLZ-Regeln'];
    const rows = [
      ['Ost 1', 'Ost', 'Eva Ost', '01, 02000-02999'],
      ['ost 1', 'Ost', '', '03'],
      ['Ost 2', 'Ost', 'Max Mustermann', '04'],
      ['Ost 3', 'Ost', '', '0x'],
    ];
    const result = convertTerritories(rows, autoMap(header, TERRITORY_FIELDS), team);
    expect(result.records).toEqual([
      {
        name: 'Ost 1',
        region: 'Ost',
        ownerId: 'm1',
        rules: [
          { kind: 'prefix', from: '01' },
          expect.objectContaining({ kind: 'range', from: '02000', to: '02999' }),
          { kind: 'prefix', from: '03' },
        ],
      },
    ]);
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [4, 'owner', 'import.error.unknownMember'],
      [5, 'rules', 'import.error.postalRule'],
    ]);
  });

  it('actuals: member by name, month in several notations, one row per member and month', () => {
    const team = [member('m1', 'Eva Ost')];
    const header = ['Name', 'Monat', 'Neugeschäft', 'Bestandsgeschäft'];
    const rows = [
      ['eva ost', '11.2026', '1.000', '2.500,10'],
      ['Eva Ost', '2026-11', '1', '1'],
      ['Otto', '2026-12', '1', '1'],
    ];
    const result = convertActuals(rows, autoMap(header, ACTUAL_FIELDS), 'de', team);
    expect(result.records).toEqual([
      { memberId: 'm1', month: '2026-11', newBusinessCents: 100000, existingBusinessCents: 250010 },
    ]);
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'import.error.duplicate'],
      [4, 'import.error.unknownMember'],
    ]);
  });
});

describe('converting a big file chunk by chunk', () => {
  it('gives the same records and problems (lines, duplicates across chunks) as all at once', () => {
    const header = ['Kundennummer', 'Name', 'PLZ', 'Potenzial'];
    const text = [
      header.join(';'),
      ...Array.from({ length: 5000 }, (_, i) =>
        [`K-${i % 4000}`, i % 777 === 0 ? '' : `Firma ${i}`, '80331', `${i},50`].join(';'),
      ),
    ].join('\n');
    const whole = parseCsv(text, ';');
    const mapping = autoMap(whole.header, ACCOUNT_FIELDS);
    const expected = convertAccounts(whole.rows, mapping, 'de');

    const state = freshChunkState();
    const records: unknown[] = [];
    const errors: unknown[] = [];
    let chunks = 0;
    const streamed = parseCsv(text.repeat(1), ';', {
      onRows: (rows) => {
        chunks += 1;
        // Papaparse's chunks are a megabyte; split further to cross many boundaries.
        for (let start = 0; start < rows.length; start += 333) {
          const part = convertAccounts(rows.slice(start, start + 333), mapping, 'de', state);
          records.push(...part.records);
          errors.push(...part.errors);
        }
      },
    });
    expect(streamed.header).toEqual(whole.header);
    expect(streamed.rows).toEqual([]);
    expect(chunks).toBeGreaterThan(0);
    expect(records).toEqual(expected.records);
    expect(errors).toEqual(expected.errors);
    expect(
      expected.errors.some((e) => e.message === 'import.error.duplicate' && e.line > 4000),
    ).toBe(true);
  });
});
