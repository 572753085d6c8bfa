import { readFileSync } from 'node:fs';
import { autoBalance } from '@shared/balancer/auto-balance';
import { buildBalanceInput, type BalanceOptions } from '@shared/balancer/build-problem';
import { balanceContiguous } from '@shared/balancer/contiguous/balance-contiguous';
import { contiguousInput } from '@shared/balancer/contiguous/contiguous-input';
import { territoryPieces } from '@shared/balancer/contiguous/pieces';
import { DEFAULT_MIX } from '@shared/balancer/problem';
import type { WorkspaceData } from '@shared/domain/workspace';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { postalNeighbours, readPostalMap } from '@shared/geo/postal-map';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { round, type Row } from './figures';

const pct = (fraction: number) => round(fraction * 100, 1);

let mapCache: { codes: string[]; neighbours: number[][] } | null = null;
function postalMap() {
  if (!mapCache) {
    const map = readPostalMap(
      JSON.parse(readFileSync('assets/geo/postal-areas.json', 'utf8')) as PostalMapData,
    );
    mapCache = { codes: map.codes, neighbours: postalNeighbours(map) };
  }
  return mapCache;
}

/**
 * `autobalance.contiguity` (Node, deterministic): balancing potential within ±5 % with
 * "keep territories in one piece" on the generated team, against the live territories. Of the
 * territories that were one piece, the share that still is (target 100 %); how many are one
 * piece before and after (the generated territories deal prefixes round-robin, so many start in
 * pieces; balancing may join some); and what keeping them whole costs in largest deviation
 * against the same balancing without it.
 */
export function contiguityFigures(data: WorkspaceData, label: string): Row[] {
  return [
    contiguityRow(data, label),
    contiguityRow(grownTerritories(data), `${label}, territories grown on the map`),
  ];
}

function contiguityRow(data: WorkspaceData, label: string): Row {
  const { codes, neighbours } = postalMap();
  const owners = data.accounts.map((a) => a.pinnedOwnerId ?? a.ownerId);
  const pinned = data.accounts.map((a) => a.pinnedOwnerId !== null);
  const chosen = data.members.filter((m) => m.active);
  const options: BalanceOptions = {
    target: 'potential',
    mix: DEFAULT_MIX,
    tolerance: 0.05,
    prefixDigits: 0,
    respectCapacity: false,
  };
  const input = contiguousInput(
    data.accounts,
    owners,
    pinned,
    data.territories,
    chosen,
    DEFAULT_SEGMENT_WEIGHTS,
    options,
    codes,
    neighbours,
  );
  const start = performance.now();
  const result = balanceContiguous(input.problem, input.potential, input.territories);
  const elapsed = performance.now() - start;
  const free = buildBalanceInput(
    data.accounts,
    owners,
    pinned,
    chosen,
    DEFAULT_SEGMENT_WEIGHTS,
    options,
  );
  const freeResult = autoBalance(free.problem, free.potential);
  // Counted independently of the balancer's own report.
  const before = territoryPieces(input.territories.owner, neighbours, chosen.length);
  const after = territoryPieces(result.areaOwner, neighbours, chosen.length);
  const whole = [...before.keys()].filter((m) => before[m] === 1);
  const kept = whole.filter((m) => after[m] === 1).length;
  const worse = [...before.keys()].filter((m) => after[m]! > before[m]!).length;
  const onePiece = (pieces: Int32Array) => pieces.filter((p) => p === 1).length;
  const share = whole.length > 0 ? kept / whole.length : 1;
  return {
    id: 'autobalance.contiguity',
    size: label,
    value: pct(share),
    unit: `% of the ${whole.length} territories in one piece before stay so (one piece: ${onePiece(before)} → ${onePiece(after)} of ${chosen.length}; ${worse} in more pieces than before). Largest deviation ${pct(result.spreadBefore.maxDeviation)} → ${pct(result.spreadAfter.maxDeviation)} % (without keeping them whole ${pct(freeResult.spreadAfter.maxDeviation)} %); ${result.movedAreas} postal areas, ${result.movedAccounts} accounts moved (without: ${freeResult.movedAccounts}); ${round(elapsed)} ms in Node`,
    target: '100 % of territories one piece where they were',
    met: share === 1 && worse === 0,
  };
}

/**
 * The same team with territories in one piece each: grown on the map from one area per member
 * (spread over the postal codes), a neighbouring free area per member in turn, held by exact
 * five-digit rules; unpinned accounts follow their area's territory.
 */
function grownTerritories(data: WorkspaceData): WorkspaceData {
  const { codes, neighbours } = postalMap();
  const members = data.members.filter((m) => m.active);
  const owner = new Int32Array(codes.length).fill(-1);
  const frontier = members.map((_, m) => {
    const seed = Math.floor(((m + 0.5) * codes.length) / members.length);
    owner[seed] = m;
    return [seed];
  });
  for (let grew = true; grew;) {
    grew = false;
    frontier.forEach((queue, m) => {
      while (queue.length > 0) {
        const free = neighbours[queue[0]!]!.find((b) => owner[b] === -1);
        if (free === undefined) {
          queue.shift();
          continue;
        }
        owner[free] = m;
        queue.push(free);
        grew = true;
        return;
      }
    });
  }
  const territories = members.map((member, m) => ({
    id: `grown-${member.id}`,
    name: member.name,
    kind: 'territory' as const,
    parentId: null,
    ownerId: member.id,
    mentorId: null,
    rules: codes
      .filter((_, a) => owner[a] === m)
      .map((code) => ({ kind: 'exact' as const, from: code })),
  }));
  const areaOf = new Map(codes.map((code, a) => [code, a]));
  const accounts = data.accounts.map((account) => {
    const area = areaOf.get(account.postalCode);
    const m = area === undefined ? -1 : owner[area]!;
    return m < 0 || account.pinnedOwnerId ? account : { ...account, ownerId: members[m]!.id };
  });
  return { ...data, territories, accounts };
}
