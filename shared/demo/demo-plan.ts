import type { PlanTarget, SalesPlan } from '../domain/plan';
import type { WorkspaceData } from '../domain/workspace';
import { fiscalMonths, fiscalYearOf } from '../planning/fiscal-year';
import { DEFAULT_RAMP } from '../planning/ramp';
import { EVEN_PROFILE } from '../planning/seasonality';

/** The growth the demo's plan asks for over the same month of the year before. */
export const DEMO_PLAN_GROWTH = 1.06;

/**
 * An approved plan for the fiscal year `asOf` falls in, as a team would have made it: each
 * member's month is the same month last year plus 6 %, rounded to 100 EUR. With it, the
 * Performance screen of a fresh demo has targets to measure the actuals against.
 */
export function demoPlan(
  data: Pick<WorkspaceData, 'members' | 'actuals'>,
  asOf: string,
  startMonth = 1,
  id = 'demo-plan',
): { plan: SalesPlan; targets: PlanTarget[] } {
  const fiscalYear = fiscalYearOf(asOf, startMonth);
  const lastYear = new Map(
    fiscalMonths(fiscalYear - 1, startMonth).map((month, index) => [month, index]),
  );
  const prior = new Map<string, number[]>();
  for (const actual of data.actuals) {
    const index = lastYear.get(actual.month);
    if (index === undefined) continue;
    const months = prior.get(actual.memberId) ?? Array<number>(12).fill(0);
    months[index]! += actual.newBusinessCents + actual.existingBusinessCents;
    prior.set(actual.memberId, months);
  }
  const at = `${fiscalYear - 1}-12-15T09:00:00.000Z`;
  const targets: PlanTarget[] = data.members
    .filter((m) => m.active)
    .map((member) => ({
      planId: id,
      memberId: member.id,
      monthlyCents: (prior.get(member.id) ?? Array<number>(12).fill(0)).map(
        (cents) => Math.round((cents * DEMO_PLAN_GROWTH) / 10_000) * 10_000,
      ),
      manual: true,
      newBusinessPct: member.level === 'junior' ? 60 : 30,
      seasonality: null,
      signoff: 'approved',
    }));
  const plan: SalesPlan = {
    id,
    fiscalYear,
    version: 1,
    state: 'approved',
    teamTargetCents: targets.reduce((sum, t) => sum + t.monthlyCents.reduce((a, b) => a + b, 0), 0),
    startMonth,
    method: 'manual',
    mix: { even: 20, potential: 50, priorYear: 30 },
    ramp: [...DEFAULT_RAMP],
    redistributeRamp: false,
    seasonality: [...EVEN_PROFILE],
    newBusinessDefaults: { junior: 60, senior: 30 },
    createdAt: at,
    history: [
      { at, actorId: null, action: 'created' },
      { at, actorId: null, action: 'approved' },
    ],
  };
  return { plan, targets };
}
