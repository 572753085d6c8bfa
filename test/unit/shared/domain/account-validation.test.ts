import { describe, expect, it } from 'vitest';
import { validateAccount, type AccountDraft } from '@shared/domain/account-validation';

const draft = (change: Partial<AccountDraft> = {}): AccountDraft => ({
  externalId: 'K-1',
  name: 'Bäckerei Süß GmbH',
  postalCode: '80331',
  city: 'München',
  segment: 'B',
  strategic: false,
  potential: '12.500,50',
  priorYearRevenue: '',
  status: 'existing',
  satisfaction: '4',
  pinnedOwnerId: null,
  ...change,
});
const validate = (d: AccountDraft, language: 'de' | 'en' = 'de') =>
  validateAccount(
    d,
    language,
    (id) => id === 'K-TAKEN',
    (id) => id === 'm1',
  );

describe('validateAccount', () => {
  it('stores amounts as exact cents and defaults an empty amount to zero', () => {
    expect(validate(draft())).toMatchObject({
      ok: true,
      account: {
        potentialCents: 1_250_050,
        priorYearRevenueCents: 0,
        satisfaction: 4,
        country: 'DE',
      },
    });
    expect(validate(draft({ potential: '12,500.50' }), 'en')).toMatchObject({
      account: { potentialCents: 1_250_050 },
    });
  });

  it.each([
    [{ name: ' ' }, 'name', 'accounts.error.nameRequired'],
    [{ externalId: '' }, 'externalId', 'accounts.error.externalIdRequired'],
    [{ externalId: 'K-TAKEN' }, 'externalId', 'accounts.error.externalIdTaken'],
    [{ postalCode: '8033' }, 'postalCode', 'accounts.error.postalCode'],
    [{ postalCode: '80331a' }, 'postalCode', 'accounts.error.postalCode'],
    [{ potential: 'viel' }, 'potential', 'accounts.error.amount'],
    [{ potential: '-5' }, 'potential', 'accounts.error.negative'],
    [{ segment: 'Z' }, 'segment', 'accounts.error.segment'],
    [{ satisfaction: '7' }, 'satisfaction', 'accounts.error.satisfaction'],
    [{ pinnedOwnerId: 'gone' }, 'pinnedOwnerId', 'accounts.error.owner'],
  ])('refuses %j', (change, field, message) => {
    const result = validate(draft(change));
    expect(!result.ok && result.errors[field as keyof typeof result.errors]).toBe(message);
  });

  it('keeps no satisfaction for a prospect', () => {
    expect(validate(draft({ status: 'prospect', satisfaction: '5' }))).toMatchObject({
      account: { satisfaction: null },
    });
  });
});
