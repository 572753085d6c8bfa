import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FIELDS,
  convertAccounts,
  type ImportedAccount,
} from '../../../../../shared/csv/import/account-import';
import { checkFile, inspectHead } from '../../../../../shared/csv/import/check-file';
import { cleanValueMapping } from '../../../../../shared/csv/import/value-mapping';
import { accountIdentity } from '../../../../../shared/csv/import/account-identity';
import { freshChunkState } from '../../../../../shared/csv/import/import-result';
import { missingRequired } from '../../../../../shared/csv/import/import-kinds';
import { autoMap } from '../../../../../shared/csv/import/column-mapping';
import { parseYesNo } from '../../../../../shared/csv/import/values';

const header = ['Kundennummer', 'Name', 'PLZ', 'ABC', 'Strategisch', 'Status'];
const mapping = autoMap(header, ACCOUNT_FIELDS);
const read = (segment: string, strategic: string, status: string) =>
  convertAccounts([['K-1', 'Firma', '80331', segment, strategic, status]], mapping, 'de');

describe('choice values as people write them', () => {
  it.each([
    ['Stammkunde', 'regular'],
    ['Stammkundin', 'regular'],
    ['Stammkund*in', 'regular'],
    ['STAMMKUNDEN', 'regular'],
    ['Stammkund:innen', 'regular'],
    ['Stammkunde/-in', 'regular'],
    ['regular customer', 'regular'],
    ['Bestandskunde', 'existing'],
    ['existing', 'existing'],
    ['Neukundin', 'new'],
    ['new customers', 'new'],
    ['Interessent', 'prospect'],
    ['Interessent_innen', 'prospect'],
    ['  prospect ', 'prospect'],
    ['Lead', 'prospect'],
  ])('status “%s” → %s', (written, status) => {
    const { records, errors } = read('B', 'nein', written);
    expect(errors).toEqual([]);
    expect(records[0]!.status).toBe(status);
  });

  it.each([
    ['a', 'A'],
    ['A-Kunde', 'A'],
    ['B-Kund*innen', 'B'],
    ['Segment C', 'C'],
    ['c customer', 'C'],
  ])('segment “%s” → %s', (written, segment) => {
    expect(read(written, '', 'Stammkunde').records[0]!.segment).toBe(segment);
  });

  it('yes and no in both languages and as marks', () => {
    for (const yes of ['ja', 'JA', 'x', '1', 'true', 'Wahr', 'yes', '✓'])
      expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['nein', 'no', '0', 'false', 'falsch', '', '-'])
      expect(parseYesNo(no)).toEqual({ ok: true, value: false });
  });

  it('a value the app cannot place is an error that names the accepted values', () => {
    const { errors } = read('D', 'vielleicht', 'Kunde?');
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['segment', 'import.error.segment'],
      ['strategic', 'import.error.yesNo'],
      ['status', 'import.error.status'],
    ]);
  });
});

describe('headers of common CRM and ERP exports map without a click', () => {
  it.each([
    [
      'Salesforce accounts report',
      [
        'Account Name',
        'Account Number',
        'Billing Street',
        'Billing City',
        'Billing Zip/Postal Code',
        'Annual Revenue',
        'Industry',
        'Account Owner',
        'Rating',
      ],
      { name: 0, externalId: 1, city: 3, postalCode: 4, priorYearRevenue: 5, segment: 8 },
    ],
    [
      'German ERP (Debitoren)',
      ['Debitor', 'Firmenname', 'Straße', 'PLZ', 'Ort', 'Jahresumsatz', 'Kundenklasse'],
      { externalId: 0, name: 1, postalCode: 3, city: 4, priorYearRevenue: 5, segment: 6 },
    ],
    [
      'spreadsheet with short German headers',
      ['Kd.-Nr.', 'Firma', 'Straße', 'PLZ', 'Ort', 'Umsatz Vorjahr', 'Potenzial'],
      { externalId: 0, name: 1, postalCode: 3, city: 4, priorYearRevenue: 5, potential: 6 },
    ],
  ])('%s', (_, header, expected) => {
    expect(autoMap(header, ACCOUNT_FIELDS)).toMatchObject(expected);
  });
});

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

describe('a file without customer numbers', () => {
  const header = ['Firma', 'PLZ', 'Ort'];
  const mapping = autoMap(header, ACCOUNT_FIELDS);
  const identity = accountIdentity([
    { externalId: 'K-100007', name: 'Müller GmbH', postalCode: '80331' },
    { externalId: 'X-9', name: 'Alt KG', postalCode: '50667' },
  ]);

  it('finds known accounts by name and postal code and numbers the rest from the next free', () => {
    expect(identity.next).toBe(100008);
    const state = freshChunkState();
    const first = convertAccounts(
      [
        ['müller  gmbh', '80331', 'München'],
        ['Neu AG', '20095', 'Hamburg'],
      ],
      mapping,
      'de',
      state,
      undefined,
      identity,
    );
    // A second chunk continues the numbering.
    const second = convertAccounts(
      [['Noch Neu', '1067', '']],
      mapping,
      'de',
      state,
      undefined,
      identity,
    );
    expect([...first.records, ...second.records].map((a) => [a.externalId, a.name])).toEqual([
      ['K-100007', 'müller  gmbh'],
      ['K-100008', 'Neu AG'],
      ['K-100009', 'Noch Neu'],
    ]);
    expect(first.warnings?.map((w) => [w.line, w.message])).toEqual([
      [2, 'import.warning.matchedByName'],
      [3, 'import.warning.numberMade'],
    ]);
  });

  it('without the choice, a missing number column stays a required column', () => {
    expect(missingRequired('accounts', mapping)).toEqual(['externalId']);
    expect(missingRequired('accounts', mapping, true)).toEqual([]);
  });
});
