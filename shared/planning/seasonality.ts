import type { MessageKey } from '../i18n/messages.en';
import { apportion } from './apportion';

/** Twelve monthly shares in basis points (1/100 of a percent), fiscal month order; sum 10,000. */
export type SeasonalityProfile = number[];

export const MONTHS_PER_YEAR = 12;
export const FULL_PROFILE = 10_000;

/** 8.33…% each, rounded so the twelve still sum to exactly 100%. */
export const EVEN_PROFILE: SeasonalityProfile = apportion(
  FULL_PROFILE,
  Array<number>(MONTHS_PER_YEAR).fill(1),
);

export type ProfileProblem =
  | { key: Extract<MessageKey, 'plans.season.error.count' | 'plans.season.error.negative'> }
  | { key: Extract<MessageKey, 'plans.season.error.sum'>; sumBasisPoints: number };

/** Why a profile cannot be used (null when it can): twelve shares ≥ 0 summing to 100.00%. */
export function profileProblem(profile: readonly number[]): ProfileProblem | null {
  if (profile.length !== MONTHS_PER_YEAR) return { key: 'plans.season.error.count' };
  if (profile.some((bp) => !Number.isSafeInteger(bp) || bp < 0))
    return { key: 'plans.season.error.negative' };
  const sum = profile.reduce((a, b) => a + b, 0);
  return sum === FULL_PROFILE ? null : { key: 'plans.season.error.sum', sumBasisPoints: sum };
}

/** A profile in the proportions of twelve monthly amounts (even when they are all zero). */
export function profileFromMonthly(monthly: readonly number[]): SeasonalityProfile {
  return apportion(FULL_PROFILE, monthly);
}

/** An annual amount as twelve monthly amounts that sum to it exactly. */
export function splitByProfile(annualCents: number, profile: readonly number[]): number[] {
  return apportion(annualCents, profile);
}

/** Quarter (3) or half-year (6) totals of twelve monthly amounts. */
export function periodTotals(monthly: readonly number[], monthsPerPeriod: 3 | 6): number[] {
  const totals: number[] = [];
  for (let start = 0; start < monthly.length; start += monthsPerPeriod) {
    totals.push(monthly.slice(start, start + monthsPerPeriod).reduce((a, b) => a + b, 0));
  }
  return totals;
}

/**
 * A member's own profile (null: the plan's). A year set by hand is spread again by the profile
 * that now applies, its total kept — a profile that changed nothing would be a lie.
 */
export function withMemberSeasonality<T extends { monthlyCents: number[]; manual: boolean }>(
  target: T,
  profile: SeasonalityProfile | null,
  planProfile: SeasonalityProfile | null,
): T & { seasonality: SeasonalityProfile | null } {
  if (!target.manual) return { ...target, seasonality: profile };
  const year = target.monthlyCents.reduce((sum, cents) => sum + cents, 0);
  return {
    ...target,
    seasonality: profile,
    monthlyCents: splitByProfile(year, profile ?? planProfile ?? EVEN_PROFILE),
  };
}
