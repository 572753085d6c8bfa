import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  createPlanCommand,
  decidePartCommand,
  decideTeamPlanCommand,
  editPlanCommand,
  submitOwnPartCommand,
  submitTeamPlanCommand,
} from '@renderer/features/plans/plan-commands';
import { newPlan, type PlanSnapshot } from '@renderer/features/plans/plan-repository';
import { person } from '../../fresh-db';
import { applied, as, undoLast, redoLast } from '../../commands/acting';

const senior = person('sen', 'senior');
const junior = person('jun', 'junior', 'sen');
const bases = new Map([
  ['sen', { potentialCents: 300_00, priorYearCents: 2_000_000_00 }],
  ['jun', { potentialCents: 100_00, priorYearCents: 1_000_000_00 }],
]);

async function stored(planId: string): Promise<PlanSnapshot> {
  return {
    plan: (await db.plans.get(planId))!,
    targets: await db.planTargets.where('planId').equals(planId).sortBy('memberId'),
  };
}

const create = async () =>
  applied(await as(null, createPlanCommand(newPlan(2027, 1, [senior, junior], bases, null))));

describe('plan commands', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
    await db.members.bulkPut([senior, junior]);
  });

  it('creates a draft from last year’s revenue, allocated by potential, exact to the cent', async () => {
    const plan = await create();
    const { targets } = await stored(plan.id);
    expect(plan).toMatchObject({ state: 'draft', version: 1, teamTargetCents: 3_000_000_00 });
    const sums = targets.map((t) => t.monthlyCents.reduce((a, b) => a + b, 0));
    expect(sums).toEqual([750_000_00, 2_250_000_00]); // jun, sen: 1 : 3 by potential
    expect(targets.map((t) => t.newBusinessPct)).toEqual([60, 30]);
  });

  it('an edit is undone and redone from what it wrote', async () => {
    const plan = await create();
    const before = await stored(plan.id);
    const after = { plan: { ...before.plan, teamTargetCents: 1 }, targets: before.targets };
    applied(await as(null, editPlanCommand(after, 'plans.undo.settings')));
    await undoLast();
    expect(await stored(plan.id)).toEqual(before);
    await redoLast();
    expect((await stored(plan.id)).plan.teamTargetCents).toBe(1);
  });

  it('a Junior changes only their own open part, never the plan’s settings or others’ targets', async () => {
    const plan = await create();
    const before = await stored(plan.id);
    const own = (memberId: string) => ({
      plan: before.plan,
      targets: before.targets.map((t) =>
        t.memberId === memberId ? { ...t, monthlyCents: Array(12).fill(1), manual: true } : t,
      ),
    });
    expect((await as('jun', editPlanCommand(own('jun'), 'plans.undo.edit'))).kind).toBe('applied');
    expect(await as('jun', editPlanCommand(own('sen'), 'plans.undo.edit'))).toEqual({
      kind: 'refused',
      reason: 'plans.error.onlyOwnPart',
    });
    const settings = { plan: { ...before.plan, teamTargetCents: 5 }, targets: before.targets };
    expect(await as('jun', editPlanCommand(settings, 'plans.undo.settings'))).toEqual({
      kind: 'refused',
      reason: 'plans.error.juniorSettings',
    });
  });

  it('a Junior’s submission lands in their Senior’s inbox and is closed by the decision', async () => {
    const plan = await create();
    applied(await as('jun', submitOwnPartCommand(plan.id)));
    const [approval] = await db.approvals.toArray();
    expect(approval).toMatchObject({
      kind: 'plan',
      state: 'pending',
      requesterId: 'jun',
      approverId: 'sen',
      change: { planId: plan.id, memberId: 'jun', annualCents: 750_000_00 },
    });
    applied(await as('sen', decidePartCommand(plan.id, 'jun', 'returned', 'Zu niedrig')));
    expect(await db.approvals.get(approval!.id)).toMatchObject({
      state: 'rejected',
      comment: 'Zu niedrig',
    });
    const after = await stored(plan.id);
    expect(after.targets.find((t) => t.memberId === 'jun')!.signoff).toBe('returned');
    expect(after.plan.history.map((e) => e.action)).toEqual([
      'created',
      'memberSubmitted',
      'memberReturned',
    ]);
  });

  it('the team plan is not approved with a gap, with a part open, or by its submitter', async () => {
    const plan = await create();
    applied(await as('jun', submitOwnPartCommand(plan.id)));
    applied(await as('sen', decidePartCommand(plan.id, 'jun', 'approved', '')));
    applied(await as('sen', submitTeamPlanCommand(plan.id)));
    // The Senior's own part is still open, and they submitted the plan themselves.
    expect(await as(null, decideTeamPlanCommand(plan.id, 'approved', ''))).toEqual({
      kind: 'refused',
      reason: 'plans.error.partsOpen',
    });
    expect(await as('sen', decideTeamPlanCommand(plan.id, 'approved', ''))).toMatchObject({
      kind: 'refused',
    });
    expect((await stored(plan.id)).plan.state).toBe('submitted');
  });
});
