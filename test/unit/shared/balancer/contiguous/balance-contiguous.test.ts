import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceContiguous } from '@shared/balancer/contiguous/balance-contiguous';
import { territoryPieces } from '@shared/balancer/contiguous/pieces';
import {
  KEEP_WITH_OWNER,
  NEEDS_SENIOR,
  PINNED,
  type BalanceProblem,
} from '@shared/balancer/problem';

/** A w × h grid of postal areas, each bordering the ones beside, above and below it. */
function grid(w: number, h: number): number[][] {
  return Array.from({ length: w * h }, (_, a) => {
    const x = a % w;
    const y = Math.floor(a / w);
    return [
      ...(x > 0 ? [a - 1] : []),
      ...(x + 1 < w ? [a + 1] : []),
      ...(y > 0 ? [a - w] : []),
      ...(y + 1 < h ? [a + w] : []),
    ];
  });
}

interface Instance {
  neighbours: number[][];
  areaOwner: Int32Array;
  problem: BalanceProblem;
  potential: Float64Array;
}

/**
 * Teams on a grid: territories grown from seeds (so they start in one piece) or drawn at random
 * (pieces), accounts in the areas following their territory, some pinned elsewhere.
 */
const instance = fc
  .record({
    w: fc.integer({ min: 2, max: 6 }),
    h: fc.integer({ min: 1, max: 6 }),
    members: fc.array(fc.record({ senior: fc.boolean(), capacity: fc.constantFrom(0, 0, 6) }), {
      minLength: 2,
      maxLength: 4,
    }),
    grown: fc.boolean(),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    accounts: fc.array(
      fc.record({
        area: fc.nat(),
        value: fc.integer({ min: 1, max: 50 }),
        flags: fc.constantFrom(0, 0, NEEDS_SENIOR, KEEP_WITH_OWNER, PINNED),
        pinTo: fc.nat(),
      }),
      { maxLength: 50 },
    ),
    tolerance: fc.constantFrom(0.05, 0.2),
  })
  .map(({ w, h, members, grown, seed, accounts, tolerance }): Instance => {
    const neighbours = grid(w, h);
    const count = w * h;
    const areaOwner = new Int32Array(count).fill(-1);
    if (grown) {
      // Each member starts from one area and grows into free neighbours, in turns.
      const frontier = members.map((_, m) => [(seed[m]! * 7919) % count]);
      frontier.forEach(([a], m) => areaOwner[a!] === -1 && (areaOwner[a!] = m));
      for (let turn = 0; turn < count * members.length; turn += 1) {
        const m = turn % members.length;
        const mine = [...areaOwner.keys()].filter((a) => areaOwner[a] === m);
        const free = mine.flatMap((a) => neighbours[a]!).filter((b) => areaOwner[b] === -1);
        if (free.length > 0) areaOwner[free[seed[turn % seed.length]! % free.length]!] = m;
      }
    } else {
      for (let a = 0; a < count; a += 1)
        areaOwner[a] = ((seed[a % seed.length]! + a) % (members.length + 1)) - 1;
    }
    const placed = accounts.map((a) => ({ ...a, area: a.area % count }));
    const owner = Int32Array.from(placed, (a) =>
      a.flags === PINNED ? a.pinTo % members.length : areaOwner[a.area]!,
    );
    return {
      neighbours,
      areaOwner,
      problem: {
        members: members.map((m, i) => ({
          id: `m${i}`,
          level: m.senior ? 'senior' : 'junior',
          capacity: m.capacity,
        })),
        owner,
        value: Float64Array.from(placed, (a) => a.value),
        work: Float64Array.from(placed, () => 1),
        flags: Uint8Array.from(placed, (a) => a.flags),
        group: Int32Array.from(placed, (a, i) =>
          a.flags === PINNED || owner[i]! < 0 ? -1 : a.area,
        ),
        tolerance,
      },
      potential: Float64Array.from(placed, (a) => a.value * 2),
    };
  });

const run = (
  { neighbours, areaOwner, problem, potential }: Instance,
  onMove?: (area: number, giver: number, taker: number) => void,
) => balanceContiguous(problem, potential, { owner: areaOwner, neighbours }, onMove);

describe('balanceContiguous', () => {
  it('never cuts a territory: no territory ends in more pieces than it began, none is emptied', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const result = run(inst);
        const members = inst.problem.members.length;
        const before = territoryPieces(inst.areaOwner, inst.neighbours, members);
        const after = territoryPieces(result.areaOwner, inst.neighbours, members);
        for (let m = 0; m < members; m += 1) {
          expect(after[m]).toBeLessThanOrEqual(before[m]!);
          if (before[m]! > 0) expect(after[m]).toBeGreaterThan(0);
        }
        expect([...result.piecesAfter]).toEqual([...after]);
      }),
      { numRuns: 400 },
    );
  });

  it('moves whole areas, and only what the rules allow (Senior-only accounts, pins, capacity)', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const { problem, areaOwner } = inst;
        const result = run(inst);
        const moved = [...areaOwner.keys()].filter((a) => result.areaOwner[a] !== areaOwner[a]);
        expect(result.movedAreas).toBe(
          moved.filter((a) => [...problem.group!].some((g, i) => g === a && problem.owner[i]! >= 0))
            .length,
        );
        const workAfter = Float64Array.from(result.workBefore);
        problem.owner.forEach((from, i) => {
          const to = result.newOwner[i]!;
          const area = problem.group![i]!;
          if (to < 0) {
            // An account that stays: pinned, or its area stayed.
            if (area >= 0) expect(result.areaOwner[area]).toBe(from);
            return;
          }
          expect(problem.flags[i]! & PINNED).toBe(0);
          expect(to).toBe(result.areaOwner[area]);
          if (problem.flags[i]! & NEEDS_SENIOR) expect(problem.members[to]!.level).toBe('senior');
          workAfter[from] = workAfter[from]! - problem.work[i]!;
          workAfter[to] = workAfter[to]! + problem.work[i]!;
        });
        problem.members.forEach((m, i) => {
          expect(result.workAfter[i]).toBeCloseTo(workAfter[i]!, 9);
          if (m.capacity > 0 && result.workAfter[i]! > result.workBefore[i]!)
            expect(result.workAfter[i]).toBeLessThanOrEqual(m.capacity);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('moves, one at a time, only an area of the giver that borders the taker, never cutting the giver', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const members = inst.problem.members.length;
        const owner = Int32Array.from(inst.areaOwner);
        const result = run(inst, (area, giver, taker) => {
          // Replayed on our own copy of the map, as it stood at that moment.
          expect(owner[area]).toBe(giver);
          expect(inst.neighbours[area]!.some((b) => owner[b] === taker)).toBe(true);
          const before = territoryPieces(owner, inst.neighbours, members)[giver]!;
          owner[area] = taker;
          const after = territoryPieces(owner, inst.neighbours, members)[giver]!;
          expect(after).toBeLessThanOrEqual(before);
          expect(after).toBeGreaterThan(0);
        });
        expect([...owner]).toEqual([...result.areaOwner]);
      }),
      { numRuns: 400 },
    );
  });

  it('never leaves the team further from its bands than it began', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const result = run(inst);
        const outside = (values: Float64Array) =>
          values.reduce(
            (sum, v, m) =>
              sum +
              Math.max(0, v - result.memberBand.high[m]!) +
              Math.max(0, result.memberBand.low[m]! - v),
            0,
          );
        expect(outside(result.after)).toBeLessThanOrEqual(outside(result.before) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('hands over the border area, not one that would cut the giver in two', () => {
    // Five areas in a row: A holds 0–3, B holds 4. Area 3 borders B; area 1 is worth more but
    // lies inside A's territory, and area 2 would leave 3 cut off from the rest.
    const neighbours = grid(5, 1);
    const areaOwner = Int32Array.from([0, 0, 0, 0, 1]);
    const problem: BalanceProblem = {
      members: [
        { id: 'a', level: 'senior', capacity: 0 },
        { id: 'b', level: 'senior', capacity: 0 },
      ],
      owner: Int32Array.from([0, 0, 0, 0, 1]),
      value: Float64Array.from([10, 30, 30, 20, 10]),
      work: Float64Array.from([1, 1, 1, 1, 1]),
      flags: new Uint8Array(5),
      group: Int32Array.from([0, 1, 2, 3, 4]),
      tolerance: 0.2,
    };
    const result = balanceContiguous(problem, new Float64Array(5), {
      owner: areaOwner,
      neighbours,
    });
    // Mean 50: B takes area 3 (20) and then area 2 (30): A 40, B 60 — both within ±20 %.
    expect([...result.areaOwner]).toEqual([0, 0, 1, 1, 1]);
    expect([...result.after]).toEqual([40, 60]);
    expect(result.movedAreas).toBe(2);
  });
});
