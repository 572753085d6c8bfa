import type { Account, CustomerStatus } from '../domain/account';

export interface MemberCare {
  memberId: string;
  accounts: number;
  byStatus: Record<CustomerStatus, number>;
  /** Mean satisfaction (1–5) of the rated accounts; null when none is rated. */
  satisfaction: number | null;
  rated: number;
}

type Cared = Pick<Account, 'ownerId' | 'status' | 'satisfaction'>;

/** Customer status counts and satisfaction per owner, gathered account by account. */
export class CareTally {
  private readonly byMember = new Map<string, MemberCare & { satisfactionSum: number }>();

  add(account: Cared): void {
    if (!account.ownerId) return;
    let care = this.byMember.get(account.ownerId);
    if (!care) {
      care = {
        memberId: account.ownerId,
        accounts: 0,
        byStatus: { prospect: 0, new: 0, existing: 0, regular: 0 },
        satisfaction: null,
        rated: 0,
        satisfactionSum: 0,
      };
      this.byMember.set(account.ownerId, care);
    }
    care.accounts += 1;
    care.byStatus[account.status] += 1;
    if (account.satisfaction !== null) {
      care.rated += 1;
      care.satisfactionSum += account.satisfaction;
    }
  }

  result(): Map<string, MemberCare> {
    const result = new Map<string, MemberCare>();
    for (const [id, { satisfactionSum, ...care }] of this.byMember) {
      result.set(id, { ...care, satisfaction: care.rated ? satisfactionSum / care.rated : null });
    }
    return result;
  }
}

/** Customer status counts and mean satisfaction per owner, in one pass over the accounts. */
export function customerCare(accounts: Iterable<Cared>): Map<string, MemberCare> {
  const tally = new CareTally();
  for (const account of accounts) tally.add(account);
  return tally.result();
}
