import { monthOrdinal } from './fiscal-year';

/** Productivity in percent for the 1st, 2nd, … month since hire; 100% after the last. */
export type RampProfile = number[];

export const DEFAULT_RAMP: RampProfile = [25, 50, 75];

/** Why a ramp cannot be used (null when it can): up to 24 whole percents from 0 to 100. */
export function rampProblem(ramp: readonly number[]): 'plans.ramp.error' | null {
  return ramp.length <= 24 && ramp.every((p) => Number.isInteger(p) && p >= 0 && p <= 100)
    ? null
    : 'plans.ramp.error';
}

/**
 * Productivity per fiscal month for someone hired on `hireDate`: 0 before the hire month,
 * the ramp from the hire month on (the hire month is month 1), 100 once it is over.
 */
export function rampFactors(
  hireDate: string,
  months: readonly string[],
  ramp: readonly number[],
): number[] {
  const hired = monthOrdinal(hireDate);
  const first = months.length ? monthOrdinal(months[0]!) : hired;
  // Most of a team is past its ramp before the year starts: no per-month work for them.
  if (first - hired >= ramp.length) return months.map(() => 100);
  return months.map((month) => {
    const since = monthOrdinal(month) - hired;
    if (since < 0) return 0;
    return since < ramp.length ? ramp[since]! : 100;
  });
}

/** Monthly amounts reduced by the factors (rounded down to whole cents). */
export function applyRamp(monthly: readonly number[], factors: readonly number[]): number[] {
  return monthly.map((cents, index) => Math.floor((cents * factors[index]!) / 100));
}
