import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../renderer/db/db';
import {
  decideMemberPart,
  submitOwnPart,
} from '../../../../../renderer/features/plans/plan-actions';
import {
  changePlan,
  createPlan,
  type PlanSnapshot,
} from '../../../../../renderer/features/plans/plan-repository';
import { person } from '../../fresh-db';

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

describe('plan repository', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    await db.open();
  });

  it('creates a draft from last year’s revenue, allocated by potential, exact to the cent', async () => {
    const plan = await createPlan(2027, 1, [senior, junior], bases, null);
    const { targets } = await stored(plan.id);
    expect(plan).toMatchObject({ state: 'draft', version: 1, teamTargetCents: 3_000_000_00 });
    const sums = targets.map((t) => t.monthlyCents.reduce((a, b) => a + b, 0));
    expect(sums).toEqual([750_000_00, 2_250_000_00]); // jun, sen: 1 : 3 by potential
    expect(targets.map((t) => t.newBusinessPct)).toEqual([60, 30]);
  });

  it('an undo taken before the change was written still ends on the state before it', async () => {
    const plan = await createPlan(2027, 1, [senior, junior], bases, null);
    const before = await stored(plan.id);
    const after = { plan: { ...before.plan, teamTargetCents: 1 }, targets: before.targets };
    let start!: () => void;
    const { written, undoable } = changePlan(
      before,
      after,
      new Promise<void>((resolve) => (start = resolve)),
      'plans.undo.settings',
    );
    const undone = undoable.undo();
    start();
    await written;
    await undone;
    expect((await stored(plan.id)).plan.teamTargetCents).toBe(before.plan.teamTargetCents);
    await undoable.redo();
    expect((await stored(plan.id)).plan.teamTargetCents).toBe(1);
  });

  it('a Junior’s submission lands in their Senior’s inbox and is closed by the decision', async () => {
    const plan = await createPlan(2027, 1, [senior, junior], bases, null);
    expect(await submitOwnPart(await stored(plan.id), junior)).toMatchObject({ ok: true });
    const [approval] = await db.approvals.toArray();
    expect(approval).toMatchObject({
      kind: 'plan',
      state: 'pending',
      requesterId: 'jun',
      approverId: 'sen',
      change: { planId: plan.id, memberId: 'jun', annualCents: 750_000_00 },
    });
    expect(
      await decideMemberPart(await stored(plan.id), junior, senior, 'returned', 'Zu niedrig'),
    ).toMatchObject({ ok: true });
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
});
