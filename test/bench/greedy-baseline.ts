import { NEEDS_SENIOR, PINNED, type BalanceProblem } from '@shared/balancer/problem';

/**
 * The naive way to balance, for comparison: forget the current owners and deal every unpinned
 * account out again, the largest first, each to whoever holds the least so far (Seniors only
 * for large/strategic accounts; within capacity where there is one, else to the least loaded).
 */
export function greedyLargestFirst(problem: BalanceProblem): Int32Array {
  const { members, owner, value, work, flags } = problem;
  const load = new Float64Array(members.length);
  const visits = new Float64Array(members.length);
  const next = Int32Array.from(owner);
  const free: number[] = [];
  owner.forEach((m, a) => {
    if (m < 0) return;
    if (flags[a]! & PINNED) {
      load[m] = load[m]! + value[a]!;
      visits[m] = visits[m]! + work[a]!;
    } else free.push(a);
  });
  free.sort((a, b) => value[b]! - value[a]! || a - b);
  const seniors = members.map((m) => m.level === 'senior');
  for (const a of free) {
    const seniorOnly = (flags[a]! & NEEDS_SENIOR) !== 0;
    let best = -1;
    let bestWithin = -1;
    for (let m = 0; m < members.length; m += 1) {
      if (seniorOnly && !seniors[m]) continue;
      if (best < 0 || load[m]! < load[best]!) best = m;
      const capacity = members[m]!.capacity;
      const fits = capacity <= 0 || visits[m]! + work[a]! <= capacity;
      if (fits && (bestWithin < 0 || load[m]! < load[bestWithin]!)) bestWithin = m;
    }
    const to = bestWithin >= 0 ? bestWithin : best;
    if (to < 0) continue;
    next[a] = to;
    load[to] = load[to]! + value[a]!;
    visits[to] = visits[to]! + work[a]!;
  }
  return next;
}
