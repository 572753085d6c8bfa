import type { ContiguousResult } from '../balancer/contiguous/balance-contiguous';
import type { ContiguousExactOutcome } from '../balancer/contiguous/exact-contiguous';
import type { BalanceOptions } from '../balancer/build-problem';
import type { Account } from '../domain/account';
import type { Territory } from '../domain/territory';
import { rulesForCodes } from '../territory/rules-for-codes';
import { buildTerritoryIndex } from '../territory/territory-index';
import { balancedScenario } from './balanced-scenario';
import type { Assignment, Scenario } from './scenario';

export interface AreaContext {
  /** The map's postal codes (area number = place) and which areas border. */
  codes: readonly string[];
  neighbours: readonly (readonly number[])[];
  /** Per area, the territory whose rules held it before balancing (null: none). */
  areaTerritory: ReadonlyArray<string | null>;
}

/**
 * A keep-in-one-piece proposal as a scenario: each moved postal area joins the receiving
 * member's territory that it borders, through rules (so the map and every account in the area
 * follow); only where an exact rule of another territory holds a code, its moved accounts are
 * pinned instead. The explanation says how many areas moved and how many territories are one
 * piece before and after.
 */
export function contiguousScenario(
  name: string,
  origin: string,
  territories: readonly Territory[],
  accounts: readonly Pick<Account, 'id' | 'postalCode' | 'potentialCents'>[],
  source: Assignment,
  chosen: readonly { id: string; capacity: number }[],
  options: BalanceOptions,
  result: ContiguousResult,
  areas: AreaContext,
  now: Date,
  exact?: ContiguousExactOutcome,
): Scenario {
  const { codes, neighbours, areaTerritory } = areas;
  const ownerOf = new Map(territories.map((t) => [t.id, t.ownerId]));
  // Where each area ends: unmoved areas keep their territory; a moved one joins the territory
  // of a bordering area of its new member (found outwards from the unmoved ones).
  const finalTerritory: Array<string | null> = codes.map((_, a) => {
    const owner = result.areaOwner[a]!;
    const id = areaTerritory[a] ?? null;
    return owner < 0 || (id !== null && ownerOf.get(id) === chosen[owner]!.id) ? id : null;
  });
  for (let changed = true; changed;) {
    changed = false;
    for (let a = 0; a < codes.length; a += 1) {
      const owner = result.areaOwner[a]!;
      if (finalTerritory[a] !== null || owner < 0) continue;
      const joined = neighbours[a]!.find(
        (b) => result.areaOwner[b] === owner && finalTerritory[b] !== null,
      );
      if (joined === undefined) continue;
      finalTerritory[a] = finalTerritory[joined]!;
      changed = true;
    }
  }
  const chosenByTerritory = new Map<string, Set<string>>();
  codes.forEach((code, a) => {
    const id = finalTerritory[a];
    if (id && id !== areaTerritory[a]) {
      const set = chosenByTerritory.get(id) ?? new Set<string>();
      set.add(code);
      chosenByTerritory.set(id, set);
    }
  });
  const index = buildTerritoryIndex(territories);
  const known = [...new Set([...codes, ...accounts.map((a) => a.postalCode)])].sort();
  const held = new Set<string>();
  const added = new Map<string, Territory['rules']>();
  for (const [id, chosenCodes] of chosenByTerritory) {
    const assignment = rulesForCodes(chosenCodes, known, index, id);
    added.set(id, assignment.rules);
    assignment.held.forEach((code) => held.add(code));
  }
  const withRules = territories.map((t) =>
    added.has(t.id) ? { ...t, rules: [...t.rules, ...added.get(t.id)!] } : t,
  );
  // Accounts follow the rules; only those a rule could not win stay pinned to their new owner.
  const newOwner = Int32Array.from(result.newOwner, (member, i) =>
    member >= 0 && held.has(accounts[i]!.postalCode) ? member : -1,
  );
  const scenario = balancedScenario(
    name,
    origin,
    withRules,
    accounts,
    source,
    chosen,
    options,
    { ...result, newOwner },
    now,
  );
  const whole = (pieces: Int32Array) => pieces.filter((p) => p === 1).length;
  let movedPotentialCents = 0;
  result.newOwner.forEach((member, i) => {
    if (member >= 0) movedPotentialCents += accounts[i]!.potentialCents;
  });
  return {
    ...scenario,
    balance: scenario.balance && {
      ...scenario.balance,
      movedPotentialCents,
      contiguous: {
        movedAreas: result.movedAreas,
        wholeBefore: whole(result.piecesBefore),
        wholeAfter: whole(result.piecesAfter),
        ...(exact ? { exact } : {}),
      },
    },
  };
}
