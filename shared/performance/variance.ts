import type { MonthlyActual } from '../domain/actual';

/** Target and achieved revenue of one span, integer cents; achieved split as the seed does. */
export interface Figures {
  targetCents: number;
  achievedCents: number;
  newCents: number;
  existingCents: number;
}

export interface Variance {
  /** Achieved minus target: negative is behind plan. */
  varianceCents: number;
  /** Variance as a percentage of the target; null when there is no target. */
  variancePct: number | null;
  /** Achieved as a percentage of the target; null when there is no target. */
  attainmentPct: number | null;
}

export const NO_FIGURES: Figures = {
  targetCents: 0,
  achievedCents: 0,
  newCents: 0,
  existingCents: 0,
};

export function varianceOf({ targetCents, achievedCents }: Figures): Variance {
  const varianceCents = achievedCents - targetCents;
  return targetCents > 0
    ? {
        varianceCents,
        variancePct: (varianceCents / targetCents) * 100,
        attainmentPct: (achievedCents / targetCents) * 100,
      }
    : { varianceCents, variancePct: null, attainmentPct: null };
}

/** One member's fiscal year, month by month (fiscal order, twelve entries each). */
export interface MemberYear {
  memberId: string;
  targetCents: number[];
  newCents: number[];
  existingCents: number[];
}

/**
 * Each member's targets over `viewMonths` (YYYY-MM), taken month by month from the plans that
 * cover them — each plan keeps its own fiscal months, so a plan made for January–December is
 * still measured January against January when the fiscal year now starts in April. Plans
 * earlier in the list win where two cover the same month.
 */
export function targetsByCalendarMonth(
  plans: ReadonlyArray<{
    months: readonly string[];
    targets: ReadonlyArray<{ memberId: string; monthlyCents: readonly number[] }>;
  }>,
  viewMonths: readonly string[],
): Map<string, number[]> {
  const result = new Map<string, number[]>();
  viewMonths.forEach((month, index) => {
    const plan = plans.find((p) => p.months.includes(month));
    if (!plan) return;
    const at = plan.months.indexOf(month);
    for (const target of plan.targets) {
      let row = result.get(target.memberId);
      if (!row) result.set(target.memberId, (row = viewMonths.map(() => 0)));
      row[index] = target.monthlyCents[at] ?? 0;
    }
  });
  return result;
}

/**
 * Lines up targets and actuals by fiscal month for the given members. Actuals outside the
 * fiscal year are ignored; a member without a target has zeros.
 */
export function memberYears(
  memberIds: readonly string[],
  targets: ReadonlyMap<string, readonly number[]>,
  actuals: readonly MonthlyActual[],
  fiscalMonths: readonly string[],
): MemberYear[] {
  const monthIndex = new Map(fiscalMonths.map((month, index) => [month, index]));
  const years = new Map<string, MemberYear>();
  for (const memberId of memberIds) {
    const target = targets.get(memberId);
    years.set(memberId, {
      memberId,
      targetCents: fiscalMonths.map((_, i) => target?.[i] ?? 0),
      newCents: fiscalMonths.map(() => 0),
      existingCents: fiscalMonths.map(() => 0),
    });
  }
  for (const actual of actuals) {
    const index = monthIndex.get(actual.month);
    const year = years.get(actual.memberId);
    if (index === undefined || !year) continue;
    year.newCents[index]! += actual.newBusinessCents;
    year.existingCents[index]! += actual.existingBusinessCents;
  }
  return memberIds.map((id) => years.get(id)!);
}

/** A member's figures over some fiscal months. */
export function figuresOver(year: MemberYear, months: readonly number[]): Figures {
  let targetCents = 0;
  let newCents = 0;
  let existingCents = 0;
  for (const m of months) {
    targetCents += year.targetCents[m] ?? 0;
    newCents += year.newCents[m] ?? 0;
    existingCents += year.existingCents[m] ?? 0;
  }
  return { targetCents, achievedCents: newCents + existingCents, newCents, existingCents };
}

export function addFigures(list: readonly Figures[]): Figures {
  const total = { ...NO_FIGURES };
  for (const f of list) {
    total.targetCents += f.targetCents;
    total.achievedCents += f.achievedCents;
    total.newCents += f.newCents;
    total.existingCents += f.existingCents;
  }
  return total;
}
