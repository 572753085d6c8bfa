import { beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '@shared/domain/account';
import type { Territory } from '@shared/domain/territory';
import { scenarioApplication } from '@shared/scenario/apply';
import { compareAssignments } from '@shared/scenario/compare';
import { copyScenario, liveAssignment, scenarioAssignment } from '@shared/scenario/scenario';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';
import { db } from '@renderer/db/db';
import { decideCommand } from '@renderer/features/approvals/decide-command';
import {
  applyScenarioCommand,
  discardScenarioCommand,
  loadScenario,
  saveScenarioCommand,
} from '@renderer/features/scenarios/scenario-repository';
import type { ScenarioApplication } from '@shared/scenario/apply';
import type { Scenario } from '@shared/scenario/scenario';
import { as, undoLast } from '../../commands/acting';

const saveScenario = (scenario: Scenario, label: 'scenarios.history.create') =>
  as('sen', saveScenarioCommand(scenario, label));
const discardScenario = (scenario: Scenario) => as('sen', discardScenarioCommand(scenario));
const applyScenario = (application: ScenarioApplication, by: string) =>
  as(by, applyScenarioCommand(application.change));
const decideApproval = async (
  id: string,
  state: 'approved' | 'rejected',
  by: string,
  comment: string,
) => (await as(by, decideCommand(id, { state, comment }))).kind === 'applied';
import { person } from '../../fresh-db';

const senior = person('sen', 'senior');
const other = person('oth', 'senior');
const junior = person('jun', 'junior', 'sen');
const territory: Territory = {
  id: 't1',
  name: 'München',
  kind: 'territory',
  parentId: null,
  ownerId: 'sen',
  mentorId: null,
  rules: [{ kind: 'prefix', from: '80' }],
};
const account = (id: string): Account => ({
  id,
  externalId: `K-${id}`,
  name: `Firma ${id}`,
  postalCode: '80331',
  city: 'München',
  country: 'DE',
  segment: 'C',
  strategic: false,
  potentialCents: 1_000,
  priorYearRevenueCents: 500,
  status: 'regular',
  satisfaction: null,
  territoryId: 't1',
  ownerId: 'sen',
  pinnedOwnerId: null,
});
const accounts = [account('1'), account('2'), account('3')];

/** A scenario that hands the territory to another Senior, as applying it would write. */
function handover() {
  const scenario = copyScenario(
    'Handover',
    'Live',
    [territory],
    accounts,
    liveAssignment(accounts),
    new Date(),
  );
  scenario.territories[0]!.ownerId = 'oth';
  const placed = scenarioAssignment(accounts, scenario);
  const comparison = compareAssignments(
    accounts,
    liveAssignment(accounts),
    placed,
    DEFAULT_SEGMENT_WEIGHTS,
  );
  return {
    scenario,
    application: scenarioApplication(
      scenario,
      [territory],
      accounts,
      placed,
      comparison.disruption,
    ),
  };
}

async function reset() {
  db.close();
  await db.delete();
  await db.open();
  await db.members.bulkPut([senior, other, junior]);
  await db.territories.put(territory);
  await db.accounts.bulkPut(accounts);
}

describe('scenario repository', () => {
  beforeEach(reset);

  it('stores the pins apart from the list, and reads the same scenario back', async () => {
    const { scenario } = handover();
    const pinned = {
      ...scenario,
      pins: [
        ['2', 'oth'],
        ['3', 'jun'],
      ] as Array<[string, string]>,
    };
    await saveScenario(pinned, 'scenarios.history.create');
    const loaded = await loadScenario(scenario.id);
    expect(loaded).toEqual({ ...pinned, updatedAt: loaded!.updatedAt });
    expect(await db.scenarios.get(scenario.id)).not.toHaveProperty('pins');
    expect(await db.scenarioPins.get(scenario.id)).toEqual({
      id: scenario.id,
      accountIds: ['2', '3'],
      memberIds: ['oth', 'jun'],
    });
    await undoLast();
    expect(await loadScenario(scenario.id)).toBeNull();
    expect(await db.scenarioPins.count()).toBe(0);
  });

  it('keeps scenarios apart from the live assignment, and discarding one changes nothing live', async () => {
    const { scenario } = handover();
    await saveScenario(scenario, 'scenarios.history.create');
    const stored = await db.scenarios.get(scenario.id);
    expect(stored!.territories[0]!.ownerId).toBe('oth');
    expect((await db.territories.get('t1'))!.ownerId).toBe('sen');
    await discardScenario(scenario);
    expect(await db.scenarios.count()).toBe(0);
    expect(await db.scenarioPins.count()).toBe(0);
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['sen', 'sen', 'sen']);
    await undoLast();
    expect(await loadScenario(scenario.id)).toEqual({
      ...scenario,
      updatedAt: (await loadScenario(scenario.id))!.updatedAt,
    });
  });

  it('a Senior applies at once: territories and accounts move, logged; undo puts back every place', async () => {
    const { application } = handover();
    const result = await applyScenario(application, 'sen');
    expect(result.kind).toBe('applied');
    expect((await db.territories.get('t1'))!.ownerId).toBe('oth');
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['oth', 'oth', 'oth']);
    const [logged] = await db.approvals.toArray();
    expect(logged).toMatchObject({ kind: 'scenario', state: 'approved', approverId: 'sen' });
    expect(
      (logged!.change as { disruption: { movedRegular: number } }).disruption.movedRegular,
    ).toBe(3);
    await undoLast();
    expect((await db.territories.get('t1'))!.ownerId).toBe('sen');
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['sen', 'sen', 'sen']);
  });

  it('a Junior’s scenario waits for their Senior and changes nothing until approved', async () => {
    const { application } = handover();
    expect(await applyScenario(application, 'jun')).toMatchObject({
      kind: 'proposed',
      approval: { approverId: 'sen' },
    });
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['sen', 'sen', 'sen']);
    const [pending] = await db.approvals.toArray();
    expect(pending).toMatchObject({ kind: 'scenario', state: 'pending', requesterId: 'jun' });
    expect(await decideApproval(pending!.id, 'approved', 'sen', 'Passt.')).toBe(true);
    expect((await db.territories.get('t1'))!.ownerId).toBe('oth');
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['oth', 'oth', 'oth']);
  });

  it('a rejected scenario leaves the live assignment alone, and a Junior without a Senior is refused', async () => {
    const { application } = handover();
    await applyScenario(application, 'jun');
    const [pending] = await db.approvals.toArray();
    await decideApproval(pending!.id, 'rejected', 'sen', 'Zu viel Wechsel.');
    expect((await db.accounts.toArray()).map((a) => a.ownerId)).toEqual(['sen', 'sen', 'sen']);
    await db.members.put({ ...junior, supervisorId: null });
    expect(await applyScenario(application, 'jun')).toEqual({
      kind: 'refused',
      reason: 'policy.refused.noSenior',
    });
  });
});
