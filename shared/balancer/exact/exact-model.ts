import { NEEDS_SENIOR, totalsByMember, type BalanceProblem } from '../problem';
import type { MemberBands } from '../member-bands';
import type { Units } from '../units';

/** What the exact balancer minimises once everyone is inside the band. */
export type MoveCost = 'units' | 'potential';

/**
 * A mixed-integer program in HiGHS's sparse form (columns compressed). Column j says "unit
 * `unit[j]` moves to member `member[j]`"; a unit that moves nowhere stays with its owner.
 */
export interface ExactModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  matrix: {
    format: 'csc';
    numRows: number;
    numCols: number;
    starts: Int32Array;
    indices: Int32Array;
    values: Float64Array;
  };
  integrality: Int32Array;
  /** Per move column: the unit and the member it goes to (the last column of a slack model is s). */
  unit: Int32Array;
  member: Int32Array;
  /** The slack column (minimise-slack models), else -1. */
  slack: number;
}

/** Which moves a caller allows beyond the rules (unit of `buildUnits`, member); absent: all. */
export type AllowedMove = (unit: number, member: number) => boolean;

interface Shape {
  allowed?: AllowedMove;
  problem: BalanceProblem;
  units: Units;
  /** Per unit, what moving it costs (0 for a slack model). */
  cost: (unit: number) => number;
  /** Per member, the values to end between. */
  bands: MemberBands;
  /** Minimise how far past their bands members end (a column s, in fractions of the mean) —
   * else every member must end inside its band. */
  slack: boolean;
}

const INF = Infinity;

/**
 * The moves the rules allow: every unit with something to move (value above 0) to every
 * other member, Large and strategic units only to Seniors. Pinned accounts are not in any
 * unit, so they never move.
 */
function moveColumns(problem: BalanceProblem, units: Units, allowed?: AllowedMove) {
  const unit: number[] = [];
  const member: number[] = [];
  const senior = problem.members.map((m) => m.level === 'senior');
  for (let u = 0; u < units.count; u += 1) {
    if (!(units.value[u]! > 0)) continue;
    const seniorOnly = (units.flags[u]! & NEEDS_SENIOR) !== 0;
    for (let m = 0; m < problem.members.length; m += 1)
      if (m !== units.owner[u] && (!seniorOnly || senior[m]) && (allowed?.(u, m) ?? true)) {
        unit.push(u);
        member.push(m);
      }
  }
  return { unit: Int32Array.from(unit), member: Int32Array.from(member) };
}

/**
 * Builds the program. Rows: one per unit (it moves at most once); per member, its value after
 * the moves inside its band (one ranged row), or with the slack s two rows (value − s·mean ≤
 * high and value + s·mean ≥ low); per member with a capacity, its workload no higher than the
 * larger of its capacity and what it has now. Values are divided by the mean, so the numbers
 * stay near 1 whatever the metric's unit.
 */
function build({ problem, units, cost, bands, slack, allowed }: Shape): ExactModel {
  const members = problem.members.length;
  const before = totalsByMember(problem, problem.value);
  const workBefore = totalsByMember(problem, problem.work);
  const mean = before.reduce((s, v) => s + v, 0) / Math.max(1, members);
  const scale = mean > 0 ? 1 / mean : 1;
  const meanWork = workBefore.reduce((s, v) => s + v, 0) / Math.max(1, members);
  const workScale = meanWork > 0 ? 1 / meanWork : 1;
  const { unit, member } = moveColumns(problem, units, allowed);
  const moves = unit.length;
  const withSlack = slack;

  // Rows: units that can move, then member value rows, then capacity rows.
  const unitRow = new Int32Array(units.count).fill(-1);
  let rows = 0;
  for (let j = 0; j < moves; j += 1) if (unitRow[unit[j]!] === -1) unitRow[unit[j]!] = rows++;
  const unitRows = rows;
  const valueRow = (m: number, side: 0 | 1) => unitRows + (withSlack ? 2 * m + side : m);
  rows += withSlack ? 2 * members : members;
  const capacityRow = new Int32Array(members).fill(-1);
  problem.members.forEach((mem, m) => {
    if (mem.capacity > 0) capacityRow[m] = rows++;
  });

  const rowLower = new Float64Array(rows).fill(-INF);
  const rowUpper = new Float64Array(rows).fill(INF);
  for (let r = 0; r < unitRows; r += 1) rowUpper[r] = 1;
  for (let m = 0; m < members; m += 1) {
    // How far the member may change, as fractions of the mean.
    const down = (bands.low[m]! - before[m]!) * scale;
    const up = (bands.high[m]! - before[m]!) * scale;
    if (withSlack) {
      rowUpper[valueRow(m, 0)] = up; // change − s ≤ high − before
      rowLower[valueRow(m, 1)] = down; // change + s ≥ low − before
    } else {
      rowLower[valueRow(m, 0)] = down;
      rowUpper[valueRow(m, 0)] = up;
    }
    if (capacityRow[m]! >= 0) {
      const limit = Math.max(problem.members[m]!.capacity, workBefore[m]!);
      rowUpper[capacityRow[m]!] = (limit - workBefore[m]!) * workScale;
    }
  }

  const numCols = moves + (withSlack ? 1 : 0);
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const entry = (row: number, value: number) => {
    indices.push(row);
    values.push(value);
  };
  for (let j = 0; j < moves; j += 1) {
    const u = unit[j]!;
    const from = units.owner[u]!;
    const to = member[j]!;
    const v = units.value[u]! * scale;
    const w = units.work[u]! * workScale;
    // Rows ascending within a column: unit row first, then members' rows in member order.
    const cells: Array<[number, number]> = [[unitRow[u]!, 1]];
    for (const side of withSlack ? ([0, 1] as const) : ([0] as const)) {
      cells.push([valueRow(from, side), -v]);
      cells.push([valueRow(to, side), v]);
    }
    if (w !== 0 && capacityRow[from]! >= 0) cells.push([capacityRow[from]!, -w]);
    if (w !== 0 && capacityRow[to]! >= 0) cells.push([capacityRow[to]!, w]);
    cells.sort((a, b) => a[0] - b[0]);
    for (const [row, value] of cells) entry(row, value);
    starts[j + 1] = indices.length;
  }
  if (withSlack) {
    for (let m = 0; m < members; m += 1) {
      entry(valueRow(m, 0), -1);
      entry(valueRow(m, 1), 1);
    }
    starts[numCols] = indices.length;
  }
  const colCost = new Float64Array(numCols);
  for (let j = 0; j < moves; j += 1) colCost[j] = withSlack ? 0 : cost(unit[j]!);
  if (withSlack) colCost[moves] = 1;
  const colUpper = new Float64Array(numCols).fill(1);
  if (withSlack) colUpper[moves] = INF;
  const integrality = new Int32Array(numCols).fill(1);
  if (withSlack) integrality[moves] = 0;
  return {
    numCols,
    numRows: rows,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower,
    rowUpper,
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    integrality,
    unit,
    member,
    slack: withSlack ? moves : -1,
  };
}

/** Fewest moves (or least moved potential) that bring everyone into their band. */
export function minMovesModel(
  problem: BalanceProblem,
  units: Units,
  bands: MemberBands,
  costOf: MoveCost,
  potential: Float64Array,
  allowed?: AllowedMove,
): ExactModel {
  const unitPotential = new Float64Array(units.count);
  let total = 0;
  for (let u = 0; u < units.count; u += 1) {
    for (let i = units.start[u]!; i < units.start[u + 1]!; i += 1)
      unitPotential[u] = unitPotential[u]! + potential[units.accounts[i]!]!;
    total += unitPotential[u]!;
  }
  const meanPotential = total / Math.max(1, units.count) || 1;
  return build({
    problem,
    units,
    bands,
    allowed,
    slack: false,
    // Potential relative to the average unit's; a unit is never free to move.
    cost: costOf === 'units' ? () => 1 : (u) => Math.max(1e-6, unitPotential[u]! / meanPotential),
  });
}

/**
 * The least any member must end outside its band (s, a fraction of the mean) under the rules.
 * With every band the mean itself, s is the smallest largest deviation from the mean.
 */
export function minSlackModel(
  problem: BalanceProblem,
  units: Units,
  bands: MemberBands,
  allowed?: AllowedMove,
): ExactModel {
  return build({ problem, units, bands, allowed, slack: true, cost: () => 0 });
}
