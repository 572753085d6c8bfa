import type { Territory } from '../../domain/territory';
import type { TeamMember } from '../../domain/team-member';
import type { SegmentWeights } from '../../territory/balance';
import { buildTerritoryIndex } from '../../territory/territory-index';
import { buildBalanceInput, type BalancedAccount, type BalanceOptions } from '../build-problem';
import { PINNED } from '../problem';
import type { BalanceInput } from '../build-problem';
import type { AreaTerritories } from './balance-contiguous';

export interface ContiguousInput extends BalanceInput {
  territories: AreaTerritories;
  /** Per area, the territory whose rules hold it (null: none): where a moved area goes. */
  areaTerritory: Array<string | null>;
}

/**
 * The balancer's problem when territories stay in one piece: a member's territory is the postal
 * areas their territories' rules hold; an account follows its area (`group` = the area), except
 * where it is pinned, its code is not on the map, or it sits outside its owner's territory —
 * those stay where they are.
 */
export function contiguousInput(
  accounts: readonly (BalancedAccount & { postalCode: string })[],
  owners: ReadonlyArray<string | null>,
  pinned: ReadonlyArray<boolean>,
  territories: readonly Territory[],
  chosen: readonly Pick<TeamMember, 'id' | 'level' | 'capacity'>[],
  weights: SegmentWeights,
  options: BalanceOptions,
  codes: readonly string[],
  neighbours: readonly (readonly number[])[],
): ContiguousInput {
  const input = buildBalanceInput(accounts, owners, pinned, chosen, weights, {
    ...options,
    prefixDigits: 0,
  });
  const { problem } = input;
  const memberOf = new Map(chosen.map((m, i) => [m.id, i]));
  const ownerOf = new Map(territories.map((t) => [t.id, t.ownerId]));
  const index = buildTerritoryIndex(territories);
  const areaOf = new Map(codes.map((code, i) => [code, i]));
  const areaTerritory = codes.map((code) => index.territoryOf(code));
  const owner = Int32Array.from(areaTerritory, (id) => {
    const member = id === null ? null : ownerOf.get(id);
    return member ? (memberOf.get(member) ?? -1) : -1;
  });
  const group = new Int32Array(accounts.length).fill(-1);
  for (let a = 0; a < accounts.length; a += 1) {
    const area = areaOf.get(accounts[a]!.postalCode);
    if (problem.owner[a]! < 0) continue;
    if (area !== undefined && !(problem.flags[a]! & PINNED) && owner[area] === problem.owner[a])
      group[a] = area;
    else problem.flags[a] = problem.flags[a]! | PINNED;
  }
  return {
    problem: { ...problem, group },
    potential: input.potential,
    territories: { owner, neighbours },
    areaTerritory,
  };
}
