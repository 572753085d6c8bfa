import { z } from 'zod';
import type { PlainMessageKey } from '../i18n/translate';
import { parseMoneyToCents } from '../format/parse-money';
import { CUSTOMER_STATUSES, SEGMENTS, type Account } from './account';

/** What the account form hands in: amounts as typed, in the UI language. */
export interface AccountDraft {
  externalId: string;
  name: string;
  postalCode: string;
  city: string;
  segment: string;
  strategic: boolean;
  potential: string;
  priorYearRevenue: string;
  status: string;
  satisfaction: string;
  pinnedOwnerId: string | null;
}

export type AccountField = keyof AccountDraft;
export type AccountErrors = Partial<Record<AccountField, PlainMessageKey>>;

const key = (k: PlainMessageKey) => k;
const schema = z.object({
  externalId: z
    .string()
    .trim()
    .min(1, key('accounts.error.externalIdRequired'))
    .max(40, key('accounts.error.tooLong')),
  name: z
    .string()
    .trim()
    .min(1, key('accounts.error.nameRequired'))
    .max(200, key('accounts.error.tooLong')),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, key('accounts.error.postalCode')),
  city: z.string().trim().max(80, key('accounts.error.tooLong')),
  segment: z.enum(SEGMENTS, key('accounts.error.segment')),
  strategic: z.boolean(),
  status: z.enum(CUSTOMER_STATUSES, key('accounts.error.status')),
  satisfaction: z.string().regex(/^[1-5]?$/, key('accounts.error.satisfaction')),
});

export type AccountFields = Omit<Account, 'id' | 'territoryId' | 'ownerId'>;

/**
 * Checks a draft: a required name and customer number (unique), a 5-digit German postal code,
 * amounts that are non-negative numbers in German or English notation (stored as cents).
 */
export function validateAccount(
  draft: AccountDraft,
  language: 'de' | 'en',
  isExternalIdTaken: (externalId: string) => boolean,
  isActiveMember: (memberId: string) => boolean,
): { ok: true; account: AccountFields } | { ok: false; errors: AccountErrors } {
  const errors: AccountErrors = {};
  const parsed = schema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AccountField;
      errors[field] ??= issue.message as PlainMessageKey;
    }
  }
  const money = (field: 'potential' | 'priorYearRevenue') => {
    const cents = draft[field].trim() === '' ? 0 : parseMoneyToCents(draft[field], language);
    if (cents === null) errors[field] = 'accounts.error.amount';
    else if (cents < 0) errors[field] = 'accounts.error.negative';
    return cents ?? 0;
  };
  const potentialCents = money('potential');
  const priorYearRevenueCents = money('priorYearRevenue');
  if (!errors.externalId && isExternalIdTaken(draft.externalId.trim()))
    errors.externalId = 'accounts.error.externalIdTaken';
  if (draft.pinnedOwnerId && !isActiveMember(draft.pinnedOwnerId))
    errors.pinnedOwnerId = 'accounts.error.owner';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const value = parsed.data;
  return {
    ok: true,
    account: {
      externalId: value.externalId,
      name: value.name,
      postalCode: value.postalCode,
      city: value.city,
      country: 'DE',
      segment: value.segment,
      strategic: value.strategic,
      potentialCents,
      priorYearRevenueCents,
      status: value.status,
      satisfaction:
        value.status === 'prospect' || value.satisfaction === ''
          ? null
          : Number(value.satisfaction),
      pinnedOwnerId: draft.pinnedOwnerId,
    },
  };
}
