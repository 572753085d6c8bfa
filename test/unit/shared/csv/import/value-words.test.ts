import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, convertAccounts } from '@shared/csv/import/account-import';
import { autoMap } from '@shared/csv/import/column-mapping';
import { parseYesNo } from '@shared/csv/import/values';

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
