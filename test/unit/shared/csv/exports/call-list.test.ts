import { describe, expect, it } from 'vitest';
import { callListExport } from '@shared/csv/exports/call-list';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';

const account = (over: Partial<Account>): Account => ({
  id: 'a1',
  externalId: 'K-0001',
  name: 'Bäckerei Huber',
  postalCode: '08056',
  city: 'Zwickau',
  country: 'DE',
  segment: 'B',
  strategic: false,
  potentialCents: 1_000_000,
  priorYearRevenueCents: 250_050,
  status: 'existing',
  satisfaction: null,
  territoryId: null,
  ownerId: 'm1',
  pinnedOwnerId: null,
  ...over,
});

describe('the call list', () => {
  const accounts = [
    account({}),
    // Revenue above potential: nothing is left to win, never a negative amount.
    account({ id: 'a2', externalId: '007', ownerId: null, priorYearRevenueCents: 2_000_000 }),
  ];
  const owner = (id: string | null) => (id === 'm1' ? 'Anna Adler' : '–');

  it('lists who, where, the owner and what is still to win, in German Excel CSV', () => {
    const lines = callListExport(accounts, owner, createTranslator('de'))
      .csv('excel-de')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Kundennummer;Name;PLZ;Ort;Segment;Status;Betreuung;Potenzial;Vorjahresumsatz;Ungenutzt',
    );
    expect(lines[1]).toBe(
      'K-0001;Bäckerei Huber;08056;Zwickau;B;Bestandskund*in;Anna Adler;10000,00;2500,50;7499,50',
    );
    expect(lines[2]).toBe(
      '007;Bäckerei Huber;08056;Zwickau;B;Bestandskund*in;–;10000,00;20000,00;0,00',
    );
  });

  it('keeps postal codes and customer numbers as text in a workbook', () => {
    const sheet = callListExport(accounts, owner, createTranslator('en')).sheet('Call list');
    const column = (header: string) => sheet.columns.find((c) => c.header === header)!;
    expect(column('Customer number')).toMatchObject({ kind: 'text', values: ['K-0001', '007'] });
    expect(column('Postal code')).toMatchObject({ kind: 'text', values: ['08056', '08056'] });
    expect(column('Untapped')).toMatchObject({ kind: 'money', values: [749_950, 0] });
  });
});
