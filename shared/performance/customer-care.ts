import type { Account, CustomerStatus } from '../domain/account';

export interface MemberCare {
  memberId: string;
  accounts: number;
  byStatus: Record<CustomerStatus, number>;
  /** Mean satisfaction (1–5) of the rated accounts; null when none is rated. */
  satisfaction: number | null;
  rated: number;
}

/** Customer status counts and mean satisfaction per owner, in one pass over the accounts. */
export function customerCare(
  accounts: Iterable<Pick<Account, 'ownerId' | 'status' | 'satisfaction'>>,
): Map<string, MemberCare> {
  const byMember = new Map<string, MemberCare & { satisfactionSum: number }>();
  for (const account of accounts) {
    if (!account.ownerId) continue;
    let care = byMember.get(account.ownerId);
    if (!care) {
      care = {
        memberId: account.ownerId,
        accounts: 0,
        byStatus: { prospect: 0, new: 0, existing: 0, regular: 0 },
        satisfaction: null,
        rated: 0,
        satisfactionSum: 0,
      };
      byMember.set(account.ownerId, care);
    }
    care.accounts += 1;
    care.byStatus[account.status] += 1;
    if (account.satisfaction !== null) {
      care.rated += 1;
      care.satisfactionSum += account.satisfaction;
    }
  }
  const result = new Map<string, MemberCare>();
  for (const [id, { satisfactionSum, ...care }] of byMember) {
    result.set(id, { ...care, satisfaction: care.rated ? satisfactionSum / care.rated : null });
  }
  return result;
}
