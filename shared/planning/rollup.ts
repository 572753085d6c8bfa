import type { Territory } from '../domain/territory';
import { apportion } from './apportion';

export interface RollupRow {
  territoryId: string;
  /** Depth in the hierarchy (regions 0). */
  depth: number;
  /** Target of this territory and everything below it. */
  targetCents: number;
}

export interface Rollup {
  rows: RollupRow[];
  /** Targets of members who own no accounts in any territory. */
  unattributedCents: number;
}

/**
 * Rolls member targets up to territories and regions. A member's target is attributed to the
 * territories of their accounts in proportion to those accounts' potential (by count when
 * there is none), exactly to the cent, then summed up the hierarchy.
 */
export function rollUpTargets(
  targets: ReadonlyArray<{ memberId: string; annualCents: number }>,
  /** Potential per member per territory (and account count, the fallback weight). */
  byMemberTerritory: ReadonlyMap<
    string,
    ReadonlyMap<string, { potentialCents: number; count: number }>
  >,
  territories: readonly Pick<Territory, 'id' | 'parentId' | 'name'>[],
): Rollup {
  const own = new Map<string, number>();
  let unattributedCents = 0;
  for (const { memberId, annualCents } of targets) {
    const places = [...(byMemberTerritory.get(memberId) ?? new Map()).entries()];
    if (places.length === 0) {
      unattributedCents += annualCents;
      continue;
    }
    const potential = places.map(([, v]) => v.potentialCents);
    const weights = potential.some((p) => p > 0) ? potential : places.map(([, v]) => v.count);
    apportion(annualCents, weights).forEach((cents, i) => {
      const id = places[i]![0];
      own.set(id, (own.get(id) ?? 0) + cents);
    });
  }
  const children = new Map<string | null, Array<Pick<Territory, 'id' | 'parentId' | 'name'>>>();
  for (const t of territories) {
    const list = children.get(t.parentId) ?? [];
    list.push(t);
    children.set(t.parentId, list);
  }
  const rows: RollupRow[] = [];
  const known = new Set(territories.map((t) => t.id));
  const visit = (territory: Pick<Territory, 'id' | 'name'>, depth: number): number => {
    const row: RollupRow = { territoryId: territory.id, depth, targetCents: 0 };
    rows.push(row);
    const below = (children.get(territory.id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .reduce((total, child) => total + visit(child, depth + 1), 0);
    row.targetCents = (own.get(territory.id) ?? 0) + below;
    return row.targetCents;
  };
  const roots = territories.filter((t) => t.parentId === null || !known.has(t.parentId));
  roots.sort((a, b) => a.name.localeCompare(b.name, 'de')).forEach((root) => visit(root, 0));
  // Accounts in a territory that no longer exists still count, as unattributed.
  for (const [id, cents] of own) if (!known.has(id)) unattributedCents += cents;
  return { rows, unattributedCents };
}
