import type { MemberBands } from './member-bands';
import { NEEDS_SENIOR, PINNED, spreadOf, type BalanceProblem, type Spread } from './problem';

export type Violation =
  | { kind: 'pinnedMoved'; account: number }
  | { kind: 'notChosen'; account: number }
  | { kind: 'seniorOnly'; account: number; member: number }
  | { kind: 'splitGroup'; account: number }
  | { kind: 'capacity'; member: number }
  | { kind: 'band'; member: number };

export interface AssignmentCheck {
  violations: Violation[];
  after: Float64Array;
  workAfter: Float64Array;
  spread: Spread;
  movedAccounts: number;
}

/**
 * Checks a proposal against the balancing rules on its own, without trusting whoever made it
 * (the fast balancer or the solver): pinned accounts stay; only the chosen members' accounts
 * move; Large and strategic accounts go only to Seniors; a member's accounts in one postal
 * group move together; nobody ends above their capacity (or above what they had, if that was
 * more); and, when bands are given, every member ends inside its own.
 * `newOwner`: per account, the member it moves to, or -1 where it stays.
 */
export function checkAssignment(
  problem: BalanceProblem,
  newOwner: Int32Array,
  bands?: MemberBands,
): AssignmentCheck {
  const members = problem.members.length;
  const after = new Float64Array(members);
  const workBefore = new Float64Array(members);
  const workAfter = new Float64Array(members);
  const violations: Violation[] = [];
  const groupMove = new Map<number, number>();
  let movedAccounts = 0;
  for (let a = 0; a < problem.owner.length; a += 1) {
    const from = problem.owner[a]!;
    const to = newOwner[a]!;
    if (from < 0) {
      if (to >= 0) violations.push({ kind: 'notChosen', account: a });
      continue;
    }
    const holder = to >= 0 ? to : from;
    if (to >= 0 && to !== from) {
      movedAccounts += 1;
      if (problem.flags[a]! & PINNED) violations.push({ kind: 'pinnedMoved', account: a });
      if (problem.flags[a]! & NEEDS_SENIOR && problem.members[to]!.level !== 'senior')
        violations.push({ kind: 'seniorOnly', account: a, member: to });
    }
    const group = problem.group?.[a] ?? -1;
    if (group >= 0 && !(problem.flags[a]! & PINNED)) {
      const key = from * 1_000_003 + group;
      const seen = groupMove.get(key);
      if (seen === undefined) groupMove.set(key, holder);
      else if (seen !== holder) violations.push({ kind: 'splitGroup', account: a });
    }
    after[holder] = after[holder]! + problem.value[a]!;
    workBefore[from] = workBefore[from]! + problem.work[a]!;
    workAfter[holder] = workAfter[holder]! + problem.work[a]!;
  }
  const slack = (x: number) => 1e-9 * Math.max(1, Math.abs(x));
  problem.members.forEach((member, m) => {
    const limit = Math.max(member.capacity, workBefore[m]!);
    if (member.capacity > 0 && workAfter[m]! > limit + slack(limit))
      violations.push({ kind: 'capacity', member: m });
    const low = bands?.low[m] ?? -Infinity;
    const high = bands?.high[m] ?? Infinity;
    if (after[m]! < low - slack(low) || after[m]! > high + slack(high))
      violations.push({ kind: 'band', member: m });
  });
  return { violations, after, workAfter, spread: spreadOf(after), movedAccounts };
}
