import type { MemberYear } from './variance';

export interface Forecast {
  annualTargetCents: number;
  achievedCents: number;
  /** Average of the last (up to three) closed months. */
  runRateCents: number;
  /** Achieved so far plus the run-rate for every month still open. */
  runRateProjectionCents: number;
  /**
   * The forecast: achieved so far plus the remaining plan at the attainment reached so far —
   * the plan's months carry its seasonality, so a strong December is expected, not ignored.
   */
  planProjectionCents: number;
  /** The forecast minus the annual target: negative is a shortfall. */
  gapCents: number;
  /** Cumulative figures per fiscal month, for the chart. */
  months: ForecastMonth[];
}

export interface ForecastMonth {
  planCents: number;
  /** Null for months not closed yet. */
  achievedCents: number | null;
  /** The forecast so far (null for closed months; the last closed one starts the line). */
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
 * Year-end forecast from `closed` months of actuals: the remaining plan scaled by the
 * attainment so far (seasonality-aware), and for comparison the run-rate of the last three
 * closed months carried over the open ones (blind to seasonality).
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
        m >= closed || m === closed - 1
          ? achievedCents + Math.round(Math.max(0, plan - targetSoFar) * pace)
          : null,
    });
  }
  const planProjectionCents = achievedCents + Math.round(remainingPlan * pace);
  return {
    annualTargetCents,
    achievedCents,
    runRateCents,
    runRateProjectionCents,
    planProjectionCents,
    gapCents: planProjectionCents - annualTargetCents,
    months,
  };
}
