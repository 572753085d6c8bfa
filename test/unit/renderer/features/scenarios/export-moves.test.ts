import { describe, expect, it } from 'vitest';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { movesExport } from '@renderer/features/scenarios/export-moves';

const account = (id: string, name: string, potentialCents: number): Account => ({
  id,
  externalId: `K-${id}`,
  name,
  postalCode: '80331',
  city: 'München',
  country: 'DE',
  segment: 'B',
  strategic: false,
  potentialCents,
  priorYearRevenueCents: 0,
  status: 'regular',
  satisfaction: 4,
  territoryId: 't1',
  ownerId: 'sen',
  pinnedOwnerId: null,
});
const accounts = [account('1', 'Bäckerei "Süd"; GmbH', 1_234_550), account('2', '=Summe', 99)];
const names = new Map([
  ['sen', 'Sven Senior'],
  ['jun', 'Jana Junior'],
]);
const owner = (id: string | null) => (id ? (names.get(id) ?? id) : 'ohne Zuordnung');

describe('moves CSV', () => {
  it('lists each moved account with from and to, in the chosen dialect, formulas neutralised', () => {
    const comparison = {
      base: { territoryIds: [], pinnedOwnerIds: [], ownerIds: ['sen', 'sen'] },
      scenario: { territoryIds: [], pinnedOwnerIds: [], ownerIds: ['jun', null] },
    };
    const lines = movesExport(accounts, [0, 1], comparison, owner, createTranslator('de'))
      .csv('excel-de')
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toEqual([
      'Kundennummer;Name;PLZ;Ort;Segment;Status;Potenzial;Von;An',
      'K-1;"Bäckerei ""Süd""; GmbH";80331;München;B;Stammkund*in;12345,50;Sven Senior;Jana Junior',
      "K-2;'=Summe;80331;München;B;Stammkund*in;0,99;Sven Senior;ohne Zuordnung",
    ]);
    const english = movesExport(accounts, [0], comparison, owner, createTranslator('en')).csv(
      'excel-en',
    );
    expect(english.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(
      'Customer number,Name,Postal code,City,Segment,Status,Potential,From,To',
    );
  });
});
