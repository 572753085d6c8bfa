import { isLargeOrStrategic, type Account } from './account';
import type { Approval } from './approval';
import type { Level, TeamMember } from './team-member';

/** The kinds of price and contract decisions a member records for an account. */
export const EXCEPTION_KINDS = ['discount', 'paymentTerms', 'contractLength'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** What one level may decide alone: discount (%), payment terms (days), contract (months). */
export interface LevelAuthority {
  discount: number;
  paymentTerms: number;
  contractLength: number;
  /** Whether decisions on Large/Strategic accounts are theirs to take. */
  largeAccounts: boolean;
}

export interface AuthorityRules {
  junior: LevelAuthority;
  senior: LevelAuthority;
  /** Who decides above a Senior's limit: a named member, or null for the team lead. */
  teamLeadId: string | null;
}

/** As the seed has it: Juniors agree their decisions; Seniors decide pricing and contracts. */
export const DEFAULT_AUTHORITY: AuthorityRules = {
  junior: { discount: 5, paymentTerms: 30, contractLength: 12, largeAccounts: false },
  senior: { discount: 15, paymentTerms: 60, contractLength: 36, largeAccounts: true },
  teamLeadId: null,
};

/** Upper bounds of what can be recorded at all (a discount of 100 % is no price). */
export const EXCEPTION_LIMITS: Record<ExceptionKind, number> = {
  discount: 100,
  paymentTerms: 365,
  contractLength: 120,
};

export type AuthorityVerdict =
  | { kind: 'within' }
  | {
      kind: 'needs-approval';
      /** Null: the team lead (nobody in particular). */
      approverId: string | null;
      reason: 'limit' | 'large-account' | 'above-senior';
    }
  | { kind: 'blocked' };

type Requester = Pick<TeamMember, 'id' | 'level' | 'supervisorId'>;

const within = (rules: LevelAuthority, kind: ExceptionKind, value: number, large: boolean) =>
  value <= rules[kind] && (!large || rules.largeAccounts);

/**
 * Who decides a price or contract exception: the requester alone when it is within their
 * level's limits (exactly at the limit is within); else a Junior's supervising Senior when it
 * is within a Senior's; else the named team lead. The team lead (acting as nobody, or named)
 * decides everything alone.
 */
export function evaluateAuthority(
  rules: AuthorityRules,
  requester: Requester | null,
  account: Pick<Account, 'segment' | 'strategic'>,
  kind: ExceptionKind,
  value: number,
): AuthorityVerdict {
  if (!requester || requester.id === rules.teamLeadId) return { kind: 'within' };
  const large = isLargeOrStrategic(account);
  const own = rules[requester.level as Level];
  if (within(own, kind, value, large)) return { kind: 'within' };
  const reason = value <= own[kind] ? 'large-account' : 'limit';
  if (requester.level === 'junior' && within(rules.senior, kind, value, large)) {
    return requester.supervisorId
      ? { kind: 'needs-approval', approverId: requester.supervisorId, reason }
      : { kind: 'blocked' };
  }
  return {
    kind: 'needs-approval',
    approverId: rules.teamLeadId,
    reason: value <= rules.senior[kind] ? 'large-account' : 'above-senior',
  };
}

/** A recorded price or contract decision on one account, as an approval carries it. */
export interface ExceptionChange {
  accountId: string;
  accountName: string;
  exception: ExceptionKind;
  value: number;
  reason: string;
  /** Expected effect on revenue per year, integer cents (negative: revenue given up). */
  revenueEffectCents: number;
}

export type ExceptionApproval = Approval & { kind: 'exception'; change: ExceptionChange };

export function isException(approval: Approval): approval is ExceptionApproval {
  return approval.kind === 'exception';
}

/** Why rules cannot be saved: every limit a whole number within what can be recorded. */
export function authorityProblem(rules: AuthorityRules): ExceptionKind | null {
  for (const level of [rules.junior, rules.senior]) {
    for (const kind of EXCEPTION_KINDS) {
      const value = level[kind];
      if (!Number.isInteger(value) || value < 0 || value > EXCEPTION_LIMITS[kind]) return kind;
    }
  }
  return null;
}
