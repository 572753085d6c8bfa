/** What changed for one member between two versions of a plan. */
export interface MemberDifference {
  memberId: string;
  beforeCents: number;
  afterCents: number;
  /** Fiscal month indexes (0–11) whose target changed. */
  changedMonths: number[];
}

type Targets = ReadonlyArray<{ memberId: string; monthlyCents: readonly number[] }>;

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

/**
 * Per member and month, what differs between `before` and `after` (members only in one of
 * them count as zero in the other). Only members with a change are listed.
 */
export function compareVersions(before: Targets, after: Targets): MemberDifference[] {
  const zero = Array<number>(12).fill(0);
  const a = new Map(before.map((t) => [t.memberId, t.monthlyCents]));
  const b = new Map(after.map((t) => [t.memberId, t.monthlyCents]));
  const ids = [...new Set([...a.keys(), ...b.keys()])];
  return ids.flatMap((memberId) => {
    const old = a.get(memberId) ?? zero;
    const now = b.get(memberId) ?? zero;
    const changedMonths = now.flatMap((cents, m) => (cents !== (old[m] ?? 0) ? [m] : []));
    return changedMonths.length
      ? [{ memberId, beforeCents: sum(old), afterCents: sum(now), changedMonths }]
      : [];
  });
}
