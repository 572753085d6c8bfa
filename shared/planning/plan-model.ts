import type { PlanTarget, SalesPlan } from '../domain/plan';
import type { TeamMember } from '../domain/team-member';
import { allocatePlan, type AllocationSettings, type PlanAllocation } from './allocate';
import { fiscalMonths } from './fiscal-year';
import { splitByProfile } from './seasonality';

/** What the allocation bases are for one member: sums over the accounts they own. */
export interface MemberBases {
  potentialCents: number;
  priorYearCents: number;
}

export type PlanMember = Pick<TeamMember, 'id' | 'name' | 'level' | 'hireDate' | 'active'>;

export function settingsOf(plan: SalesPlan): AllocationSettings {
  return {
    teamTargetCents: plan.teamTargetCents,
    method: plan.method,
    mix: plan.mix,
    ramp: plan.ramp,
    redistributeRamp: plan.redistributeRamp,
    months: fiscalMonths(plan.fiscalYear, plan.startMonth),
  };
}

/** A submitted or approved part, like a member's own target, is not re-allocated. */
export const isFixed = (target: PlanTarget) =>
  target.manual || target.signoff === 'submitted' || target.signoff === 'approved';

export function newTarget(plan: SalesPlan, member: PlanMember): PlanTarget {
  return {
    planId: plan.id,
    memberId: member.id,
    monthlyCents: Array<number>(12).fill(0),
    manual: false,
    newBusinessPct: plan.newBusinessDefaults[member.level],
    seasonality: null,
    signoff: 'open',
  };
}

/**
 * Re-allocates a draft: members' own (and submitted/approved) targets stay, the rest of the
 * team target is distributed to the others. Active members without a row get one; a
 * deactivated member's open target goes to zero (Team promises them no new targets).
 */
export function reallocate(
  plan: SalesPlan,
  targets: readonly PlanTarget[],
  members: readonly PlanMember[],
  bases: ReadonlyMap<string, MemberBases>,
): { targets: PlanTarget[]; allocation: PlanAllocation } {
  const byId = new Map(members.map((m) => [m.id, m]));
  const rows = targets.filter((t) => byId.has(t.memberId));
  const present = new Set(rows.map((t) => t.memberId));
  for (const member of members) {
    if (member.active && !present.has(member.id)) rows.push(newTarget(plan, member));
  }
  const allocation = allocatePlan(
    rows.map((t) => ({
      memberId: t.memberId,
      potentialCents: bases.get(t.memberId)?.potentialCents ?? 0,
      priorYearCents: bases.get(t.memberId)?.priorYearCents ?? 0,
      hireDate: byId.get(t.memberId)!.hireDate,
      manualMonthly: isFixed(t)
        ? t.monthlyCents
        : byId.get(t.memberId)!.active
          ? null
          : Array<number>(12).fill(0),
      currentMonthly: t.monthlyCents,
      profile: t.seasonality ?? plan.seasonality,
      newBusinessPct: t.newBusinessPct,
    })),
    settingsOf(plan),
  );
  return {
    targets: rows.map((t, i) => ({ ...t, monthlyCents: allocation.members[i]!.monthlyCents })),
    allocation,
  };
}

export type TargetEdit =
  | { kind: 'month'; memberId: string; month: number; cents: number }
  | { kind: 'year'; memberId: string; cents: number }
  | { kind: 'newPct'; memberId: string; pct: number }
  | { kind: 'reset'; memberId: string };

/** Applies edits typed or pasted into the grid: a changed amount makes it the member's own. */
export function applyEdits(
  plan: SalesPlan,
  targets: readonly PlanTarget[],
  edits: readonly TargetEdit[],
): PlanTarget[] {
  const next = new Map(targets.map((t) => [t.memberId, { ...t }]));
  for (const edit of edits) {
    const target = next.get(edit.memberId);
    if (!target) continue;
    switch (edit.kind) {
      case 'month':
        target.monthlyCents = target.monthlyCents.map((c, m) =>
          m === edit.month ? edit.cents : c,
        );
        target.manual = true;
        break;
      case 'year':
        target.monthlyCents = splitByProfile(edit.cents, target.seasonality ?? plan.seasonality);
        target.manual = true;
        break;
      case 'newPct':
        target.newBusinessPct = edit.pct;
        break;
      case 'reset':
        target.manual = false;
        break;
    }
  }
  return targets.map((t) => next.get(t.memberId)!);
}
