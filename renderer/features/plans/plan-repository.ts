import type { Approval } from '../../../shared/domain/approval';
import type { PlanTarget, SalesPlan } from '../../../shared/domain/plan';
import type { MessageKey } from '../../../shared/i18n/messages.en';
import { DEFAULT_RAMP } from '../../../shared/planning/ramp';
import { EVEN_PROFILE } from '../../../shared/planning/seasonality';
import { reallocate, type MemberBases, type PlanMember } from '../../../shared/planning/plan-model';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';

export interface PlanSnapshot {
  plan: SalesPlan;
  targets: PlanTarget[];
}

/** Writes a plan version and exactly these targets (rows no longer listed are removed). */
export async function writePlan({ plan, targets }: PlanSnapshot): Promise<void> {
  await db.transaction('rw', db.plans, db.planTargets, async () => {
    const stored = await db.planTargets.where('planId').equals(plan.id).primaryKeys();
    const keep = new Set(targets.map((t) => t.memberId));
    const gone = stored.filter(([, memberId]) => !keep.has(memberId));
    if (gone.length) await db.planTargets.bulkDelete(gone);
    await db.plans.put(plan);
    await db.planTargets.bulkPut(targets);
  });
}

/**
 * Writes `after` once `start` resolves, and at once returns how to go back to `before` and
 * forward again (an undo waits for the write, so it never lands before it).
 */
export function changePlan(
  before: PlanSnapshot,
  after: PlanSnapshot,
  start: Promise<void>,
  label: MessageKey,
  labelParams?: Record<string, string | number>,
): { written: Promise<void>; undoable: UndoableChange } {
  const written = start.then(() => writePlan(after));
  return {
    written,
    undoable: {
      label,
      ...(labelParams ? { labelParams } : {}),
      undo: async () => {
        await written.catch(() => undefined);
        await writePlan(before);
      },
      redo: () => writePlan(after),
    },
  };
}

/** A new draft for a fiscal year, allocated by potential from the team's prior-year revenue. */
export async function createPlan(
  fiscalYear: number,
  startMonth: number,
  members: readonly PlanMember[],
  bases: ReadonlyMap<string, MemberBases>,
  actorId: string | null,
  now = new Date(),
): Promise<SalesPlan> {
  const priorYear = [...bases.values()].reduce((sum, b) => sum + b.priorYearCents, 0);
  const at = now.toISOString();
  const plan: SalesPlan = {
    id: crypto.randomUUID(),
    fiscalYear,
    version: 1,
    state: 'draft',
    // A starting point the lead overwrites: last year's revenue, rounded to 1,000 EUR.
    teamTargetCents: Math.round(priorYear / 100_000_00) * 100_000_00,
    startMonth,
    method: 'potential',
    mix: { even: 20, potential: 50, priorYear: 30 },
    ramp: [...DEFAULT_RAMP],
    redistributeRamp: false,
    seasonality: [...EVEN_PROFILE],
    newBusinessDefaults: { junior: 60, senior: 30 },
    createdAt: at,
    history: [{ at, actorId, action: 'created' }],
  };
  const { targets } = reallocate(plan, [], members, bases);
  await writePlan({ plan, targets });
  return plan;
}

/** Records a Junior's submission in the one approval inbox, next to their Senior's queue. */
export async function addPlanApproval(
  snapshot: PlanSnapshot,
  memberId: string,
  approverId: string,
  at: string,
): Promise<void> {
  const target = snapshot.targets.find((t) => t.memberId === memberId);
  const approval: Approval = {
    id: crypto.randomUUID(),
    kind: 'plan',
    state: 'pending',
    requesterId: memberId,
    approverId,
    createdAt: at,
    decidedAt: null,
    comment: '',
    change: {
      planId: snapshot.plan.id,
      fiscalYear: snapshot.plan.fiscalYear,
      version: snapshot.plan.version,
      memberId,
      annualCents: (target?.monthlyCents ?? []).reduce((a, b) => a + b, 0),
    },
  };
  await db.approvals.put(approval);
}

/** Closes the pending inbox entry of a member's part with the decision taken on it. */
export async function closePlanApproval(
  planId: string,
  memberId: string,
  decision: 'approved' | 'returned',
  comment: string,
  at: string,
): Promise<void> {
  const pending = await db.approvals.where('state').equals('pending').toArray();
  const open = pending.filter(
    (a) =>
      a.kind === 'plan' &&
      (a.change as { planId?: string }).planId === planId &&
      (a.change as { memberId?: string }).memberId === memberId,
  );
  await db.approvals.bulkPut(
    open.map((a) => ({
      ...a,
      state: decision === 'approved' ? 'approved' : 'rejected',
      decidedAt: at,
      comment,
    })),
  );
}
