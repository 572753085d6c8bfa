import { describe, expect, it } from 'vitest';
import { buildBalanceInput } from '@shared/balancer/build-problem';
import { autoBalance } from '@shared/balancer/auto-balance';
import { DEFAULT_MIX } from '@shared/balancer/problem';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { scenarioApplication } from '@shared/scenario/apply';
import { balancedScenario } from '@shared/scenario/balanced-scenario';
import { compareAssignments, flowMatrix } from '@shared/scenario/compare';
import { copyScenario, liveAssignment, scenarioAssignment } from '@shared/scenario/scenario';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';

const demo = generateWorkspace({ asOf: '2026-11-26' });
const now = new Date('2026-11-27T08:00:00Z');
const copyOfLive = () =>
  copyScenario('S', 'Live', demo.territories, demo.accounts, liveAssignment(demo.accounts), now);

describe('scenarios', () => {
  it('a fresh copy places every account exactly as the live assignment does', () => {
    const scenario = copyOfLive();
    const placed = scenarioAssignment(demo.accounts, scenario);
    expect(placed).toEqual(liveAssignment(demo.accounts));
    const comparison = compareAssignments(
      demo.accounts,
      liveAssignment(demo.accounts),
      placed,
      DEFAULT_SEGMENT_WEIGHTS,
    );
    expect(comparison.disruption).toEqual({
      movedAccounts: 0,
      movedPotentialCents: 0,
      movedRegular: 0,
    });
    expect(scenario.pins.length).toBe(demo.accounts.filter((a) => a.pinnedOwnerId).length);
  });

  it('a changed owner in the copy moves that territory’s unpinned accounts, and nothing live', () => {
    const scenario = copyOfLive();
    const [territory] = scenario.territories.filter((t) => t.kind === 'territory' && t.ownerId);
    const other = demo.members.find((m) => m.id !== territory!.ownerId && m.level === 'senior')!;
    const previousOwner = territory!.ownerId;
    territory!.ownerId = other.id;
    const live = liveAssignment(demo.accounts);
    const comparison = compareAssignments(
      demo.accounts,
      live,
      scenarioAssignment(demo.accounts, scenario),
      DEFAULT_SEGMENT_WEIGHTS,
    );
    const expected = demo.accounts.filter(
      (a) => a.territoryId === territory!.id && !a.pinnedOwnerId && a.ownerId !== other.id,
    );
    expect(comparison.disruption.movedAccounts).toBe(expected.length);
    expect(comparison.disruption.movedPotentialCents).toBe(
      expected.reduce((sum, a) => sum + a.potentialCents, 0),
    );
    expect(comparison.disruption.movedRegular).toBe(
      expected.filter((a) => a.status === 'regular').length,
    );
    expect(comparison.flows).toEqual([
      {
        from: previousOwner,
        to: other.id,
        accounts: expected.length,
        potentialCents: expected.reduce((sum, a) => sum + a.potentialCents, 0),
      },
    ]);
    // The live territories are untouched.
    expect(demo.territories.find((t) => t.id === territory!.id)!.ownerId).not.toBe(other.id);
    const matrix = flowMatrix(comparison.flows);
    expect(matrix.cell(previousOwner, other.id)!.accounts).toBe(expected.length);
    expect(matrix.cell(other.id, previousOwner)).toBeUndefined();
  });

  it('the balancer’s proposal as a scenario: moved accounts pinned to their new owner, explained', () => {
    const live = liveAssignment(demo.accounts);
    const chosen = demo.members.filter((m) => m.active);
    const options = {
      target: 'potential' as const,
      mix: DEFAULT_MIX,
      tolerance: 0.05,
      prefixDigits: 0 as const,
      respectCapacity: false,
    };
    const input = buildBalanceInput(
      demo.accounts,
      live.ownerIds,
      live.pinnedOwnerIds.map((p) => p !== null),
      chosen,
      DEFAULT_SEGMENT_WEIGHTS,
      options,
    );
    const result = autoBalance(input.problem, input.potential);
    const scenario = balancedScenario(
      'Balanced',
      'Live',
      demo.territories,
      demo.accounts,
      live,
      chosen,
      options,
      result,
      now,
    );
    const placed = scenarioAssignment(demo.accounts, scenario);
    const comparison = compareAssignments(demo.accounts, live, placed, DEFAULT_SEGMENT_WEIGHTS);
    expect(comparison.disruption.movedAccounts).toBe(result.movedAccounts);
    expect(result.movedAccounts).toBeGreaterThan(0);
    // The headline's moved potential is the comparison's.
    expect(scenario.balance!.movedPotentialCents).toBe(comparison.disruption.movedPotentialCents);
    // What the scenario holds per member is what the balancer reported.
    for (const row of scenario.balance!.members)
      expect(comparison.loadsB.get(row.id)?.potentialCents ?? 0).toBe(row.after);
    expect(scenario.balance!.after.maxDeviation).toBeLessThan(
      scenario.balance!.before.maxDeviation,
    );
    expect(scenario.balance!.capacity.workload).toBe(
      demo.accounts.reduce(
        (sum, a) => sum + (a.ownerId ? DEFAULT_SEGMENT_WEIGHTS[a.segment] : 0),
        0,
      ),
    );
    // No large or strategic account went to a Junior.
    const level = new Map(demo.members.map((m) => [m.id, m.level]));
    for (const i of comparison.moved) {
      const a = demo.accounts[i]!;
      if (a.segment === 'A' || a.strategic) expect(level.get(placed.ownerIds[i]!)).toBe('senior');
    }
  });

  it('as a change to live: only the accounts that change place, and undo puts back each one', () => {
    const scenario = copyOfLive();
    const moved = demo.accounts.find((a) => !a.pinnedOwnerId && a.ownerId)!;
    const to = demo.members.find((m) => m.id !== moved.ownerId && m.level === 'senior')!;
    scenario.pins.push([moved.id, to.id]);
    const removed = scenario.territories.pop()!;
    const placed = scenarioAssignment(demo.accounts, scenario);
    const comparison = compareAssignments(
      demo.accounts,
      liveAssignment(demo.accounts),
      placed,
      DEFAULT_SEGMENT_WEIGHTS,
    );
    const { change, previous } = scenarioApplication(
      scenario,
      demo.territories,
      demo.accounts,
      placed,
      comparison.disruption,
    );
    expect(change.removedTerritoryIds).toEqual([removed.id]);
    expect(change.placements).toContainEqual(
      expect.objectContaining({
        id: moved.id,
        ownerId: to.id,
        pinnedOwnerId: to.id,
        fromOwnerId: moved.ownerId,
      }),
    );
    // The removed territory's accounts lose their territory (and owner, unless pinned).
    const orphans = demo.accounts.filter((a) => a.territoryId === removed.id);
    expect(change.placements.length).toBe(
      orphans.length + (moved.territoryId === removed.id ? 0 : 1),
    );
    expect(previous.placements).toContainEqual({
      id: moved.id,
      territoryId: moved.territoryId,
      ownerId: moved.ownerId,
      pinnedOwnerId: null,
    });
    expect(previous.territories).toHaveLength(demo.territories.length);
    expect(previous.removedTerritoryIds).toEqual([]);
  });
});
