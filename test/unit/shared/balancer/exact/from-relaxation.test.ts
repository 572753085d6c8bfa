import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoBalance } from '@shared/balancer/auto-balance';
import { checkAssignment } from '@shared/balancer/check-assignment';
import { minMovesModel } from '@shared/balancer/exact/exact-model';
import { fromRelaxation } from '@shared/balancer/exact/from-relaxation';
import { fitsModel } from '@shared/balancer/exact/run-model';
import { balanceExactly } from '@shared/balancer/exact/solve-exact';
import { memberBands } from '@shared/balancer/member-bands';
import { NEEDS_SENIOR, PINNED, totalsByMember } from '@shared/balancer/problem';
import type { BalanceProblem } from '@shared/balancer/problem';
import { buildUnits } from '@shared/balancer/units';
import { potentialTeam } from '../../../../helpers/potential-team';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const team = (accounts: number, members: number) => potentialTeam(accounts, members);

function program(problem: BalanceProblem, potential: Float64Array) {
  const units = buildUnits(problem);
  const before = totalsByMember(problem, problem.value);
  const mean = before.reduce((s, v) => s + v, 0) / before.length;
  const bands = memberBands(problem, units, mean, problem.tolerance);
  return { units, bands, model: minMovesModel(problem, units, bands, 'units', potential) };
}

describe('a proposal from the LP relaxation', () => {
  // 4,000/25 rounds cleanly; at 2,000/12 rounding leaves a pinned member above its band, so
  // the neighbourhood is searched.
  it.each([
    [4000, 25],
    [2000, 12],
  ])(
    'satisfies every rule and band, checked apart from the solver, and lands near the relaxation’s bound (%i accounts, %i members)',
    (accounts, members) => {
      const { problem, potential } = team(accounts, members);
      const { units, bands, model } = program(problem, potential);
      const found = fromRelaxation(highs, problem, potential, model, units, 60, {});
      expect(found.relaxation).toBe('solved');
      const proposal = found.proposal!;
      expect(checkAssignment(problem, proposal.newOwner, bands).violations).toEqual([]);
      const moved = proposal.newOwner.filter((to) => to >= 0).length;
      expect(proposal.objective).toBe(moved);
      // Never below the bound (it is one), and within 5 % of it.
      expect(moved).toBeGreaterThanOrEqual(Math.ceil(found.bound - 1e-6));
      expect(moved).toBeLessThanOrEqual(found.bound * 1.05);
    },
  );

  it('gives exact mode a far better start than the fast proposal when the full search has no time to find one', () => {
    const { problem, potential } = team(4000, 25);
    const fast = autoBalance(problem, potential);
    const exact = balanceExactly(highs, problem, potential, {
      cost: 'units',
      timeLimit: 6,
      start: fast.newOwner,
    });
    expect(checkAssignment(problem, exact.newOwner, exact.bands).violations).toEqual([]);
    expect(exact.movedAccounts).toBeLessThanOrEqual(exact.bound * 1.05);
    // The fast balancer moves a tenth more than the relaxation's bound here.
    expect(fast.movedAccounts).toBeGreaterThan(exact.bound * 1.1);
    expect(exact.movedAccounts).toBeLessThan(fast.movedAccounts * 0.97);
  });

  it('says at once when not even fractional moves reach the bands', () => {
    // A Senior's two Large accounts: the Junior may hold neither, and the other Senior any
    // share of them ends above the band.
    const problem: BalanceProblem = {
      members: [
        { id: 's', level: 'senior', capacity: 0 },
        { id: 'j', level: 'junior', capacity: 0 },
        { id: 't', level: 'senior', capacity: 0 },
      ],
      owner: Int32Array.from([0, 0]),
      value: Float64Array.from([50, 50]),
      work: Float64Array.from([1, 1]),
      flags: Uint8Array.from([NEEDS_SENIOR, NEEDS_SENIOR]),
      group: null,
      tolerance: 0.05,
    };
    const units = buildUnits(problem);
    const bands = { low: Float64Array.from([30, 30, 30]), high: Float64Array.from([40, 40, 40]) };
    const model = minMovesModel(problem, units, bands, 'units', problem.value);
    expect(model.numCols).toBeGreaterThan(0);
    expect(fromRelaxation(highs, problem, problem.value, model, units, 10, {}).relaxation).toBe(
      'infeasible',
    );
  });
});

describe('whether a proposal satisfies the program', () => {
  // Three members, four accounts: the Senior's two go one to each of the others.
  const problem: BalanceProblem = {
    members: [
      { id: 's', level: 'senior', capacity: 0 },
      { id: 'j', level: 'junior', capacity: 0 },
      { id: 't', level: 'senior', capacity: 0 },
    ],
    owner: Int32Array.from([0, 0, 0, 0]),
    value: Float64Array.from([10, 10, 10, 5]),
    work: Float64Array.from([1, 1, 1, 1]),
    flags: Uint8Array.from([0, 0, 0, PINNED]),
    group: null,
    tolerance: 0.2,
  };
  const units = buildUnits(problem);
  const bands = { low: Float64Array.from([10, 10, 10]), high: Float64Array.from([15, 15, 15]) };
  const model = minMovesModel(problem, units, bands, 'units', problem.value);
  const fits = (owner: number[]) =>
    fitsModel(model, units, { owner: Int32Array.from(owner), slack: 0 });

  it('accepts one that keeps every band and rule', () => {
    expect(fits([1, 2, -1, -1])).toBe(true);
  });
  it('refuses one that leaves a member outside its band', () => {
    expect(fits([1, -1, -1, -1])).toBe(false);
    expect(fits([1, 1, 2, -1])).toBe(false);
  });
  it('refuses one that moves a pinned account', () => {
    expect(fits([1, 2, -1, 1])).toBe(false);
  });
  it('refuses one that moves part of a postal group its owner holds', () => {
    const grouped = { ...problem, group: Int32Array.from([7, 7, -1, -1]) };
    const groupUnits = buildUnits(grouped);
    const wide = { low: new Float64Array(3), high: Float64Array.from([25, 25, 25]) };
    const groupModel = minMovesModel(grouped, groupUnits, wide, 'units', grouped.value);
    const fitsGrouped = (owner: number[]) =>
      fitsModel(groupModel, groupUnits, { owner: Int32Array.from(owner), slack: 0 });
    expect(fitsGrouped([1, 1, -1, -1])).toBe(true);
    expect(fitsGrouped([1, -1, -1, -1])).toBe(false);
    expect(fitsGrouped([1, 2, -1, -1])).toBe(false);
  });
  it('refuses a move the program does not allow', () => {
    const only = minMovesModel(problem, units, bands, 'units', problem.value, (_, m) => m !== 2);
    expect(fitsModel(only, units, { owner: Int32Array.from([1, 2, -1, -1]), slack: 0 })).toBe(
      false,
    );
  });
});
