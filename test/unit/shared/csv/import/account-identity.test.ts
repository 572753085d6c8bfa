import { describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, convertAccounts } from '@shared/csv/import/account-import';
import { accountIdentity } from '@shared/csv/import/account-identity';
import { autoMap } from '@shared/csv/import/column-mapping';
import { missingRequired } from '@shared/csv/import/import-kinds';
import { freshChunkState } from '@shared/csv/import/import-result';

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
