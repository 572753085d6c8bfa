import type { SalesPlan } from '@shared/domain/plan';
import { DEFAULT_RAMP } from '@shared/planning/ramp';
import { EVEN_PROFILE } from '@shared/planning/seasonality';
import { reallocate, type MemberBases, type PlanMember } from '@shared/planning/plan-model';
import type { PlanSnapshot } from './plan-commands';

export type { PlanSnapshot };

/** A new draft for a fiscal year, allocated by potential from the team's prior-year revenue. */
export function newPlan(
  fiscalYear: number,
  startMonth: number,
  members: readonly PlanMember[],
  bases: ReadonlyMap<string, MemberBases>,
  actorId: string | null,
  now = new Date(),
): PlanSnapshot {
  const priorYear = [...bases.values()].reduce((sum, b) => sum + b.priorYearCents, 0);
  const at = now.toISOString();
  const plan: SalesPlan = {
    id: crypto.randomUUID(),
    fiscalYear,
    version: 1,
    state: 'draft',
    // A starting point the lead overwrites: last year's revenue, rounded to 1,000 EUR.
    teamTargetCents: Math.round(priorYear / 100_000_00) * 100_000_00,
    startMonth,
    method: 'potential',
    mix: { even: 20, potential: 50, priorYear: 30 },
    ramp: [...DEFAULT_RAMP],
    redistributeRamp: false,
    seasonality: [...EVEN_PROFILE],
    newBusinessDefaults: { junior: 60, senior: 30 },
    createdAt: at,
    history: [{ at, actorId, action: 'created' }],
  };
  return { plan, targets: reallocate(plan, [], members, bases).targets };
}
