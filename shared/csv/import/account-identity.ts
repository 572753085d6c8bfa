import { valueKey } from './value-words';

/**
 * For a file without customer numbers: accounts already in the workspace are found again by
 * name and postal code; the others get the next free number of a visible scheme ("K-100001").
 */
export interface AccountIdentity {
  /** name + postal code (as compared) → customer number of an account in the workspace. */
  known: Record<string, string>;
  /** The number the first new account gets ("K-" + next). */
  next: number;
}

export const CUSTOMER_NUMBER_PREFIX = 'K-';
const FIRST_NUMBER = 100001;

export const identityKey = (name: string, postalCode: string) =>
  `${valueKey(name)}\u0000${postalCode.trim()}`;

export function accountIdentity(
  accounts: Iterable<{ externalId: string; name: string; postalCode: string }>,
): AccountIdentity {
  const known: Record<string, string> = {};
  let highest = FIRST_NUMBER - 1;
  for (const a of accounts) {
    known[identityKey(a.name, a.postalCode)] ??= a.externalId;
    const number = /^K-(\d{1,12})$/.exec(a.externalId)?.[1];
    if (number) highest = Math.max(highest, Number(number));
  }
  return { known, next: highest + 1 };
}
