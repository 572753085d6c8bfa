import type { Account } from '../domain/account';
import { moveAccount, type MemberLoad, type SegmentWeights } from '../territory/balance';
import type { Assignment } from './scenario';

type Compared = Pick<
  Account,
  'id' | 'status' | 'segment' | 'potentialCents' | 'priorYearRevenueCents' | 'ownerId'
>;

export interface Disruption {
  movedAccounts: number;
  movedPotentialCents: number;
  /** Regular customers (Stammkund*innen) who would get a new contact person. */
  movedRegular: number;
}

export interface Flow {
  from: string | null;
  to: string | null;
  accounts: number;
  potentialCents: number;
}

export interface Comparison {
  /** Positions (in the accounts given) of the accounts whose owner differs. */
  moved: number[];
  disruption: Disruption;
  /** Who hands how much to whom, the largest first. */
  flows: Flow[];
  loadsA: Map<string, MemberLoad>;
  loadsB: Map<string, MemberLoad>;
}

/** What changes between two assignments of the same accounts (a → b). */
export function compareAssignments(
  accounts: readonly Compared[],
  a: Assignment,
  b: Assignment,
  weights: SegmentWeights,
): Comparison {
  const loadsA = new Map<string, MemberLoad>();
  const loadsB = new Map<string, MemberLoad>();
  const flows = new Map<string, Flow>();
  const moved: number[] = [];
  const disruption: Disruption = { movedAccounts: 0, movedPotentialCents: 0, movedRegular: 0 };
  accounts.forEach((account, i) => {
    const from = a.ownerIds[i] ?? null;
    const to = b.ownerIds[i] ?? null;
    moveAccount(loadsA, account, null, from, weights);
    moveAccount(loadsB, account, null, to, weights);
    if (from === to) return;
    moved.push(i);
    disruption.movedAccounts += 1;
    disruption.movedPotentialCents += account.potentialCents;
    if (account.status === 'regular') disruption.movedRegular += 1;
    const key = `${from}→${to}`;
    const flow = flows.get(key) ?? { from, to, accounts: 0, potentialCents: 0 };
    flow.accounts += 1;
    flow.potentialCents += account.potentialCents;
    flows.set(key, flow);
  });
  return {
    moved,
    disruption,
    flows: [...flows.values()].sort(
      (x, y) => y.accounts - x.accounts || y.potentialCents - x.potentialCents,
    ),
    loadsA,
    loadsB,
  };
}

/** The flows as a member × member table (rows give, columns take), for the members involved. */
export function flowMatrix(flows: readonly Flow[]): {
  members: Array<string | null>;
  cell: (from: string | null, to: string | null) => Flow | undefined;
} {
  const involved = new Set<string | null>();
  const byKey = new Map<string, Flow>();
  for (const flow of flows) {
    involved.add(flow.from);
    involved.add(flow.to);
    byKey.set(`${flow.from}→${flow.to}`, flow);
  }
  return { members: [...involved], cell: (from, to) => byKey.get(`${from}→${to}`) };
}
