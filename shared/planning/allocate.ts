import { apportion } from './apportion';
import { applyRamp, rampFactors } from './ramp';
import { splitByProfile } from './seasonality';

export const ALLOCATION_METHODS = ['even', 'potential', 'priorYear', 'mix', 'manual'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** Percent weights of the three bases in a mixed allocation. */
export interface MixWeights {
  even: number;
  potential: number;
  priorYear: number;
}

export interface MemberPlanInput {
  memberId: string;
  /** Potential and prior-year revenue of the accounts the member owns. */
  potentialCents: number;
  priorYearCents: number;
  hireDate: string;
  /** The member's own (bottom-up) monthly targets: kept as they are by a re-allocation. */
  manualMonthly: number[] | null;
  /** What the member has now; the "manual" method keeps it for everyone. */
  currentMonthly: number[];
  /** The seasonality that applies to this member (their own or the plan's). */
  profile: readonly number[];
  /** Share of the target that is new-customer business, whole percent. */
  newBusinessPct: number;
}

export interface AllocationSettings {
  teamTargetCents: number;
  method: AllocationMethod;
  mix: MixWeights;
  /** Productivity percent per month since hire. */
  ramp: readonly number[];
  /** Whether what ramping members cannot reach goes to the fully productive ones. */
  redistributeRamp: boolean;
  /** The plan's twelve months, YYYY-MM. */
  months: readonly string[];
}

export interface MemberAllocation {
  memberId: string;
  monthlyCents: number[];
  annualCents: number;
  manual: boolean;
  /** Taken off by the ramp (before any redistribution). */
  rampReductionCents: number;
  /** Received from ramping colleagues. */
  redistributedCents: number;
  newBusinessCents: number;
  existingBusinessCents: number;
}

export interface PlanAllocation {
  members: MemberAllocation[];
  sumCents: number;
  /** Team target minus the sum of member targets: what is still unallocated (or over). */
  gapCents: number;
  rampReductionCents: number;
  redistributedCents: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Weight of each member under a method (relative; apportion normalises). */
export function methodWeights(
  members: readonly Pick<MemberPlanInput, 'potentialCents' | 'priorYearCents'>[],
  method: AllocationMethod,
  mix: MixWeights,
): number[] {
  const n = members.length;
  const even = members.map(() => 1 / n);
  const share = (values: number[]) => {
    const total = sum(values);
    return total > 0 ? values.map((v) => v / total) : even;
  };
  const potential = share(members.map((m) => Math.max(0, m.potentialCents)));
  const priorYear = share(members.map((m) => Math.max(0, m.priorYearCents)));
  switch (method) {
    case 'even':
    case 'manual':
      return even;
    case 'potential':
      return potential;
    case 'priorYear':
      return priorYear;
    case 'mix':
      return members.map(
        (_, i) =>
          mix.even * even[i]! + mix.potential * potential[i]! + mix.priorYear * priorYear[i]!,
      );
  }
}

/**
 * Distributes the team target to members: members with their own targets keep them, the rest
 * of the target goes to the others by the method; then seasonality, ramp (and optionally its
 * redistribution) and the new/existing split. Every split is exact to the cent.
 */
export function allocatePlan(
  inputs: readonly MemberPlanInput[],
  settings: AllocationSettings,
): PlanAllocation {
  const months = settings.months.length;
  const isManual = (m: MemberPlanInput) => settings.method === 'manual' || m.manualMonthly !== null;
  const fixed = inputs.filter(isManual);
  const auto = inputs.filter((m) => !isManual(m));
  const fixedMonthly = new Map(
    fixed.map((m) => [m.memberId, (m.manualMonthly ?? m.currentMonthly).slice(0, months)]),
  );
  const fixedSum = sum([...fixedMonthly.values()].map(sum));
  const remaining = Math.max(0, settings.teamTargetCents - fixedSum);

  const weights = methodWeights(auto, settings.method, settings.mix);
  const base = apportion(remaining, weights);
  const autoMonthly = new Map<string, number[]>();
  const reduction = new Map<string, number>();
  const fullyProductive = new Set<string>();
  auto.forEach((member, index) => {
    const seasonal = splitByProfile(base[index]!, member.profile);
    const factors = rampFactors(member.hireDate, settings.months, settings.ramp);
    const ramped = applyRamp(seasonal, factors);
    autoMonthly.set(member.memberId, ramped);
    reduction.set(member.memberId, sum(seasonal) - sum(ramped));
    if (factors.every((f) => f === 100)) fullyProductive.add(member.memberId);
  });

  const rampReductionCents = sum([...reduction.values()]);
  const extra = new Map<string, number>();
  if (settings.redistributeRamp && rampReductionCents > 0) {
    const recipients = auto
      .map((member, index) => ({ member, weight: weights[index]! }))
      .filter(({ member }) => fullyProductive.has(member.memberId));
    const shares = apportion(
      recipients.length ? rampReductionCents : 0,
      recipients.map((r) => r.weight),
    );
    recipients.forEach(({ member }, index) => {
      const added = splitByProfile(shares[index]!, member.profile);
      const monthly = autoMonthly.get(member.memberId)!;
      autoMonthly.set(
        member.memberId,
        monthly.map((cents, m) => cents + added[m]!),
      );
      extra.set(member.memberId, shares[index]!);
    });
  }

  const members = inputs.map((input): MemberAllocation => {
    const manual = isManual(input);
    return {
      ...memberFigures(
        input.memberId,
        manual ? fixedMonthly.get(input.memberId)! : autoMonthly.get(input.memberId)!,
        input.newBusinessPct,
        manual,
      ),
      rampReductionCents: reduction.get(input.memberId) ?? 0,
      redistributedCents: extra.get(input.memberId) ?? 0,
    };
  });
  const sumCents = sum(members.map((m) => m.annualCents));
  return {
    members,
    sumCents,
    gapCents: settings.teamTargetCents - sumCents,
    rampReductionCents,
    redistributedCents: sum([...extra.values()]),
  };
}

/** One member's stored monthly targets with their year and new/existing split (exact). */
export function memberFigures(
  memberId: string,
  monthlyCents: number[],
  newBusinessPct: number,
  manual: boolean,
): MemberAllocation {
  const annualCents = sum(monthlyCents);
  const pct = Math.min(100, Math.max(0, newBusinessPct));
  const newBusinessCents = apportion(annualCents, [pct, 100 - pct])[0]!;
  return {
    memberId,
    monthlyCents,
    annualCents,
    manual,
    rampReductionCents: 0,
    redistributedCents: 0,
    newBusinessCents,
    existingBusinessCents: annualCents - newBusinessCents,
  };
}

/** A plan's figures exactly as stored: no allocation, just years, splits, sum and gap. */
export function storedFigures(
  targets: ReadonlyArray<{
    memberId: string;
    monthlyCents: number[];
    newBusinessPct: number;
    manual: boolean;
  }>,
  teamTargetCents: number,
): PlanAllocation {
  const members = targets.map((t) =>
    memberFigures(t.memberId, t.monthlyCents, t.newBusinessPct, t.manual),
  );
  const sumCents = sum(members.map((m) => m.annualCents));
  return {
    members,
    sumCents,
    gapCents: teamTargetCents - sumCents,
    rampReductionCents: 0,
    redistributedCents: 0,
  };
}

/** Own targets adding up to more than the team target: by how much, and who gets nothing. */
export interface OverAllocation {
  overCents: number;
  ownCents: number;
  /** Members without an own target who are left at zero because nothing of the target remains. */
  leftAtZero: string[];
}

export function overAllocation(
  allocation: Pick<PlanAllocation, 'members'>,
  teamTargetCents: number,
): OverAllocation | null {
  const ownCents = sum(allocation.members.filter((m) => m.manual).map((m) => m.annualCents));
  if (ownCents <= teamTargetCents) return null;
  return {
    overCents: ownCents - teamTargetCents,
    ownCents,
    leftAtZero: allocation.members
      .filter((m) => !m.manual && m.annualCents === 0)
      .map((m) => m.memberId),
  };
}

/** The new-business part of a target spread over its months (exact; not needed on screen). */
export function newBusinessByMonth(
  member: Pick<MemberAllocation, 'monthlyCents' | 'newBusinessCents'>,
) {
  return apportion(member.newBusinessCents, member.monthlyCents);
}
