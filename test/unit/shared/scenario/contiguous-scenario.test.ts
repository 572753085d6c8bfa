import { describe, expect, it } from 'vitest';
import { balanceContiguous } from '@shared/balancer/contiguous/balance-contiguous';
import { contiguousInput } from '@shared/balancer/contiguous/contiguous-input';
import { DEFAULT_MIX } from '@shared/balancer/problem';
import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import { contiguousScenario } from '@shared/scenario/contiguous-scenario';
import { scenarioAssignment } from '@shared/scenario/scenario';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';

// Five postal areas in a row; A's territory is the prefix 1000 (all five), B's the last area.
const codes = ['10001', '10002', '10003', '10004', '10005'];
const neighbours = codes.map((_, a) => [a - 1, a + 1].filter((b) => b >= 0 && b < codes.length));
const territories: Territory[] = [
  {
    id: 'ta',
    name: 'A',
    kind: 'territory',
    parentId: null,
    ownerId: 'a',
    mentorId: null,
    rules: [{ kind: 'prefix', from: '1000' }],
  },
  {
    id: 'tb',
    name: 'B',
    kind: 'territory',
    parentId: null,
    ownerId: 'b',
    mentorId: null,
    rules: [{ kind: 'exact', from: '10005' }],
  },
];
const members = [
  { id: 'a', level: 'senior' as const, capacity: 0 },
  { id: 'b', level: 'senior' as const, capacity: 0 },
];
const account = (id: string, postalCode: string, euros: number, owner: string) =>
  ({
    id,
    postalCode,
    segment: 'C',
    strategic: false,
    status: 'prospect',
    potentialCents: euros * 100,
    priorYearRevenueCents: 0,
    ownerId: owner,
    pinnedOwnerId: null,
    territoryId: owner === 'a' ? 'ta' : 'tb',
  }) as unknown as Account;

describe('contiguousScenario', () => {
  it('hands the moved border areas to the bordering territory by rules, so their accounts follow', () => {
    const accounts = [
      account('k1', '10001', 10, 'a'),
      account('k2', '10002', 30, 'a'),
      account('k3', '10003', 30, 'a'),
      account('k4', '10004', 20, 'a'),
      account('k5', '10005', 10, 'b'),
      // Pinned to A although in B's area: it stays with A whatever happens.
      { ...account('k6', '10005', 5, 'a'), pinnedOwnerId: 'a' },
    ];
    const source = {
      territoryIds: accounts.map((a) => a.territoryId),
      ownerIds: accounts.map((a) => a.pinnedOwnerId ?? a.ownerId),
      pinnedOwnerIds: accounts.map((a) => a.pinnedOwnerId),
    };
    const options = {
      target: 'potential' as const,
      mix: DEFAULT_MIX,
      tolerance: 0.2,
      prefixDigits: 0 as const,
      respectCapacity: false,
    };
    const input = contiguousInput(
      accounts,
      source.ownerIds,
      source.pinnedOwnerIds.map((p) => p !== null),
      territories,
      members,
      DEFAULT_SEGMENT_WEIGHTS,
      options,
      codes,
      neighbours,
    );
    expect([...input.territories.owner]).toEqual([0, 0, 0, 0, 1]);
    const result = balanceContiguous(input.problem, input.potential, input.territories);
    const scenario = contiguousScenario(
      'Balanced',
      '@live',
      territories,
      accounts,
      source,
      members,
      options,
      result,
      { codes, neighbours, areaTerritory: input.areaTerritory },
      new Date('2026-12-03T00:00:00Z'),
    );
    // Mean 52.5 (±20 %: 42–63): B takes 10004 (20) and 10003 (30): A 40 + 5, B 60.
    const after = scenarioAssignment(accounts, scenario);
    expect(after.ownerIds).toEqual(['a', 'a', 'b', 'b', 'b', 'a']);
    expect(after.territoryIds.slice(0, 5)).toEqual(['ta', 'ta', 'tb', 'tb', 'tb']);
    // Only the pin that was there: the moved accounts follow the rules, not pins.
    expect(scenario.pins).toEqual([['k6', 'a']]);
    expect(scenario.territories.find((t) => t.id === 'ta')!.rules).toEqual(territories[0]!.rules);
    expect(scenario.balance?.movedAccounts).toBe(2);
    expect(scenario.balance?.movedPotentialCents).toBe(5000);
    expect(scenario.balance?.contiguous).toEqual({ movedAreas: 2, wholeBefore: 2, wholeAfter: 2 });
    expect(scenario.balance?.members.map((m) => m.after)).toEqual([4500, 6000]);
  });
});
