import type { Account } from '../domain/account';
import type { Territory } from '../domain/territory';
import type { BalanceTarget } from '../balancer/problem';
import type { StuckReason } from '../balancer/auto-balance';
import type { ExactOutcome } from './exact-outcome';
import type { ContiguousExactOutcome } from '../balancer/contiguous/exact-contiguous';

export type { ExactOutcome } from './exact-outcome';
import { buildTerritoryIndex } from '../territory/territory-index';

/** How an auto-balance produced a scenario: kept with it, so the explanation survives restarts. */
export interface BalanceExplanation {
  target: BalanceTarget;
  tolerance: number;
  prefixDigits: 0 | 2 | 3;
  /** Per chosen member: the metric and workload before and after, and why out of band. */
  members: Array<{
    id: string;
    before: number;
    after: number;
    workBefore: number;
    workAfter: number;
    reason: StuckReason | null;
  }>;
  band: { low: number; high: number };
  before: { maxDeviation: number; cv: number };
  after: { maxDeviation: number; cv: number };
  bound: number;
  movedAccounts: number;
  /** The moved accounts' potential (absent in scenarios balanced before it was kept). */
  movedPotentialCents?: number;
  /** Visits the chosen members' accounts need against the visits they have, and whether kept. */
  capacity: { respected: boolean; workload: number; available: number };
  /** Exact mode: how the solver ended and the fast proposal beside it (absent: fast mode). */
  exact?: ExactOutcome;
  /**
   * "Keep territories in one piece": postal areas moved between bordering territories, and
   * how many of the members' territories are one piece before and after (absent: not asked).
   */
  contiguous?: {
    movedAreas: number;
    wholeBefore: number;
    wholeAfter: number;
    /** Exact mode: how the solver's proposal fared once repaired (absent: fast mode). */
    exact?: ContiguousExactOutcome;
  };
}

/** The origin of a copy of the live assignment. */
export const LIVE_ORIGIN = '@live';

/**
 * A named copy of the assignment (territory rules and owners, pinned accounts) that can be changed
 * without touching the live one. An account's owner in it: its pin, else its territory's owner.
 */
export interface Scenario {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /**
   * What it was copied from: another scenario's name, or LIVE_ORIGIN for the live assignment
   * (a key, translated when shown — never stored in the language of the day).
   */
  origin: string;
  territories: Territory[];
  /** Pinned accounts as [account id, member id]. */
  pins: Array<[string, string]>;
  balance: BalanceExplanation | null;
}

/** A scenario without its pins: what lists show (a pin list can hold 100,000 accounts). */
export type ScenarioHeader = Omit<Scenario, 'pins'>;

/** A scenario's pins as stored: two parallel lists, read only for the scenario opened. */
export interface ScenarioPins {
  id: string;
  accountIds: string[];
  memberIds: string[];
}

export function splitScenario(scenario: Scenario): { header: ScenarioHeader; pins: ScenarioPins } {
  const { pins, ...header } = scenario;
  return {
    header,
    pins: {
      id: scenario.id,
      accountIds: pins.map(([accountId]) => accountId),
      memberIds: pins.map(([, memberId]) => memberId),
    },
  };
}

export function joinScenario(header: ScenarioHeader, pins: ScenarioPins | undefined): Scenario {
  return {
    ...header,
    pins: (pins?.accountIds ?? []).map((accountId, i) => [accountId, pins!.memberIds[i]!]),
  };
}

/** Where each account is (in the order of the accounts given): territory, owner and pin. */
export interface Assignment {
  territoryIds: Array<string | null>;
  ownerIds: Array<string | null>;
  pinnedOwnerIds: Array<string | null>;
}

type Placeable = Pick<Account, 'id' | 'postalCode' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'>;

export function liveAssignment(accounts: readonly Placeable[]): Assignment {
  return {
    territoryIds: accounts.map((a) => a.territoryId),
    ownerIds: accounts.map((a) => a.ownerId),
    pinnedOwnerIds: accounts.map((a) => a.pinnedOwnerId),
  };
}

/** The scenario's rules and pins applied to every account (one array read per account). */
export function scenarioAssignment(
  accounts: readonly Pick<Account, 'id' | 'postalCode'>[],
  scenario: Pick<Scenario, 'territories' | 'pins'>,
): Assignment {
  const index = buildTerritoryIndex(scenario.territories);
  const owners = new Map(scenario.territories.map((t) => [t.id, t.ownerId]));
  const pins = new Map(scenario.pins);
  const assignment: Assignment = { territoryIds: [], ownerIds: [], pinnedOwnerIds: [] };
  for (const account of accounts) {
    const territoryId = index.territoryOf(account.postalCode);
    const pinned = pins.get(account.id) ?? null;
    assignment.territoryIds.push(territoryId);
    assignment.pinnedOwnerIds.push(pinned);
    assignment.ownerIds.push(pinned ?? (territoryId ? (owners.get(territoryId) ?? null) : null));
  }
  return assignment;
}

/** A copy of an assignment under a new name: the territories as they are, the same pins. */
export function copyScenario(
  name: string,
  origin: string,
  territories: readonly Territory[],
  accounts: readonly Pick<Account, 'id'>[],
  assignment: Assignment,
  now: Date,
): Scenario {
  const pins: Array<[string, string]> = [];
  assignment.pinnedOwnerIds.forEach((memberId, i) => {
    if (memberId) pins.push([accounts[i]!.id, memberId]);
  });
  return {
    id: crypto.randomUUID(),
    name,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    origin,
    territories: territories.map((t) => ({ ...t, rules: t.rules.map((r) => ({ ...r })) })),
    pins,
    balance: null,
  };
}
