import type { MemberYear } from './variance';

export interface Forecast {
  annualTargetCents: number;
  achievedCents: number;
  /** Average of the last (up to three) closed months. */
  runRateCents: number;
  /** Achieved so far plus the run-rate for every month still open. */
  runRateProjectionCents: number;
  /** Achieved so far plus the remaining plan at the attainment reached so far. */
  planProjectionCents: number;
  /** Run-rate projection minus the annual target: negative is a shortfall. */
  gapCents: number;
  /** Cumulative figures per fiscal month, for the chart. */
  months: ForecastMonth[];
}

export interface ForecastMonth {
  planCents: number;
  /** Null for months not closed yet. */
  achievedCents: number | null;
  /** Null for closed months (the first open month continues the achieved line). */
  projectedCents: number | null;
}

/** Sums months of several members (team totals), fiscal order. */
export function teamMonths(years: readonly MemberYear[]): MemberYear {
  const sum = (pick: (y: MemberYear) => number[]) =>
    Array.from({ length: 12 }, (_, m) => years.reduce((total, y) => total + (pick(y)[m] ?? 0), 0));
  return {
    memberId: '',
    targetCents: sum((y) => y.targetCents),
    newCents: sum((y) => y.newCents),
    existingCents: sum((y) => y.existingCents),
  };
}

/**
 * Year-end projection from `closed` months of actuals: the run-rate of the last three closed
 * months carried over the open ones, and the remaining plan scaled by the attainment so far.
 */
export function forecastYear(year: MemberYear, closed: number): Forecast {
  const achieved = year.newCents.map((n, i) => n + year.existingCents[i]!);
  const done = achieved.slice(0, closed);
  const achievedCents = done.reduce((a, b) => a + b, 0);
  const annualTargetCents = year.targetCents.reduce((a, b) => a + b, 0);
  const targetSoFar = year.targetCents.slice(0, closed).reduce((a, b) => a + b, 0);
  const recent = done.slice(-3);
  const runRateCents = recent.length
    ? Math.round(recent.reduce((a, b) => a + b, 0) / recent.length)
    : 0;
  const open = 12 - closed;
  const remainingPlan = annualTargetCents - targetSoFar;
  const pace = targetSoFar > 0 ? achievedCents / targetSoFar : 1;
  const runRateProjectionCents = achievedCents + runRateCents * open;
  const months: ForecastMonth[] = [];
  let plan = 0;
  let actual = 0;
  for (let m = 0; m < 12; m += 1) {
    plan += year.targetCents[m] ?? 0;
    if (m < closed) actual += achieved[m]!;
    months.push({
      planCents: plan,
      achievedCents: m < closed ? actual : null,
      projectedCents:
        m >= closed || m === closed - 1 ? achievedCents + runRateCents * (m - closed + 1) : null,
    });
  }
  return {
    annualTargetCents,
    achievedCents,
    runRateCents,
    runRateProjectionCents,
    planProjectionCents: achievedCents + Math.round(remainingPlan * pace),
    gapCents: runRateProjectionCents - annualTargetCents,
    months,
  };
}
