import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import type { Approval } from '@shared/domain/approval';
import type { MessageKey } from '@shared/i18n/messages.en';
import type { Row } from '@shared/persistence/tables';
import {
  decidePart,
  decidePlan,
  nextVersion,
  planEditProblem,
  submitPart,
  submitPlan,
  type Actor,
  type WorkflowResult,
} from '@shared/planning/plan-workflow';
import type { Command, CommandWriter, RowWriter } from '@renderer/commands/command';
import type { PlannerDatabase } from '@renderer/db/db';

export interface PlanSnapshot {
  plan: SalesPlan;
  targets: PlanTarget[];
}

async function storedSnapshot(db: PlannerDatabase, planId: string): Promise<PlanSnapshot | null> {
  const plan = await db.plans.get(planId);
  if (!plan) return null;
  return { plan, targets: await db.planTargets.where('planId').equals(planId).toArray() };
}

/** Writes a plan version and exactly these targets (rows no longer listed are removed). */
async function writeSnapshot(db: PlannerDatabase, write: RowWriter, next: PlanSnapshot) {
  const stored = await db.planTargets.where('planId').equals(next.plan.id).primaryKeys();
  const keep = new Set(next.targets.map((t) => t.memberId));
  await write.delete(
    'planTargets',
    stored.filter(([, memberId]) => !keep.has(memberId)),
  );
  await write.put('plans', [next.plan as unknown as Row]);
  await write.put('planTargets', next.targets as unknown as Row[]);
}

/**
 * A change to a plan's figures or settings (typing, pasting, re-allocating, seasonality, new
 * business targets): only in a draft; plan-wide settings by the lead and Seniors, a Junior
 * only their own open part.
 */
export function editPlanCommand(
  next: PlanSnapshot,
  label: MessageKey,
  labelParams?: Record<string, string | number>,
): Command {
  return {
    name: 'plans.edit',
    label,
    ...(labelParams ? { labelParams } : {}),
    tables: ['plans', 'planTargets'],
    async decide({ db, actor }) {
      const before = await storedSnapshot(db, next.plan.id);
      const problem = before ? planEditProblem(before, next, actor) : null;
      return problem
        ? { verdict: { kind: 'refused', reason: problem } }
        : { verdict: { kind: 'allowed' } };
    },
    apply: ({ db, write }) => writeSnapshot(db, write, next),
  };
}

/** A new plan version (a new draft, the demo plan): the lead and Seniors. */
export function createPlanCommand(next: PlanSnapshot): Command<SalesPlan> {
  return {
    name: 'plans.create',
    label: 'plans.undo.create',
    labelParams: { year: next.plan.fiscalYear },
    tables: ['plans', 'planTargets'],
    decide: ({ actor }) =>
      actor?.level === 'junior'
        ? { verdict: { kind: 'refused', reason: 'plans.error.juniorCannotSubmitTeam' } }
        : { verdict: { kind: 'allowed' } },
    async apply({ db, write }) {
      await writeSnapshot(db, write, next);
      return next.plan;
    },
  };
}

type Step = (
  stored: PlanSnapshot,
  actor: Actor,
  at: string,
  db: PlannerDatabase,
) => Promise<WorkflowResult<{ next: PlanSnapshot; after?: (ctx: CommandWriter) => Promise<void> }>>;

/**
 * A step of the plan's sign-off (submit, approve, return, next version), decided by the pure
 * workflow rules on the plan as stored — not as a screen last saw it — for the acting person.
 */
function workflowCommand(name: string, planId: string, step: Step): Command<string> {
  let result: Awaited<ReturnType<Step>> | null = null;
  return {
    name,
    label: 'plans.undo.settings',
    tables: ['plans', 'planTargets'],
    undoable: false,
    async decide({ db, actor, now }) {
      const stored = await storedSnapshot(db, planId);
      if (!stored) return { verdict: { kind: 'refused', reason: 'plans.error.notFound' } };
      result = await step(stored, actor, now.toISOString(), db);
      return result.ok
        ? { verdict: { kind: 'allowed' } }
        : { verdict: { kind: 'refused', reason: result.error } };
    },
    async apply(ctx) {
      if (!result?.ok) throw new Error('workflow step applied without a decision');
      await writeSnapshot(ctx.db, ctx.write, result.value.next);
      await result.value.after?.(ctx);
      return result.value.next.plan.id;
    },
  };
}

const withPart = (snapshot: PlanSnapshot, memberId: string, change: Partial<PlanTarget>) =>
  snapshot.targets.map((t) => (t.memberId === memberId ? { ...t, ...change } : t));

/** A Junior submits their own targets: the part freezes and lands in their Senior's inbox. */
export const submitOwnPartCommand = (planId: string) =>
  workflowCommand('plans.submitPart', planId, async (stored, actor, at) => {
    const target = stored.targets.find((t) => t.memberId === actor?.id);
    if (!target) return { ok: false, error: 'plans.error.onlyOwnPart' };
    const result = submitPart(stored.plan, target, actor, at);
    if (!result.ok) return result;
    const plan = { ...stored.plan, history: [...stored.plan.history, result.value.event] };
    const next = { plan, targets: withPart(stored, target.memberId, { signoff: 'submitted' }) };
    const request: Approval = {
      id: crypto.randomUUID(),
      kind: 'plan',
      state: 'pending',
      requesterId: target.memberId,
      approverId: result.value.approverId,
      createdAt: at,
      decidedAt: null,
      comment: '',
      change: {
        planId: plan.id,
        fiscalYear: plan.fiscalYear,
        version: plan.version,
        memberId: target.memberId,
        annualCents: target.monthlyCents.reduce((a, b) => a + b, 0),
      },
    };
    return { ok: true, value: { next, after: ({ write }) => write.addApproval(request) } };
  });

/** A Senior (or the lead) approves or sends back a member's part; the inbox entry closes. */
export const decidePartCommand = (
  planId: string,
  memberId: string,
  decision: 'approved' | 'returned',
  comment: string,
) =>
  workflowCommand('plans.decidePart', planId, async (stored, actor, at, db) => {
    const target = stored.targets.find((t) => t.memberId === memberId);
    const member = await db.members.get(memberId);
    if (!target || !member) return { ok: false, error: 'plans.error.notSubmitted' };
    const result = decidePart(stored.plan, target, member, actor, decision, comment, at);
    if (!result.ok) return result;
    const plan = { ...stored.plan, history: [...stored.plan.history, result.value.event] };
    const next = { plan, targets: withPart(stored, memberId, { signoff: result.value.signoff }) };
    const open = (await db.approvals.where('state').equals('pending').toArray()).filter(
      (a) => a.kind === 'plan' && a.change.planId === planId && a.change.memberId === memberId,
    );
    const close = ({ write }: CommandWriter) =>
      Promise.all(
        open.map((a) =>
          write.decide({
            ...a,
            state: decision === 'approved' ? 'approved' : 'rejected',
            approverId: actor?.id ?? a.approverId,
            decidedAt: at,
            comment: comment.trim(),
          }),
        ),
      ).then(() => undefined);
    return { ok: true, value: { next, after: close } };
  });

export const submitTeamPlanCommand = (planId: string) =>
  workflowCommand('plans.submit', planId, async (stored, actor, at) => {
    const result = submitPlan(stored.plan, actor, at);
    return result.ok ? { ok: true, value: { next: { ...stored, plan: result.value } } } : result;
  });

export const decideTeamPlanCommand = (
  planId: string,
  decision: 'approved' | 'returned',
  comment: string,
  withGap = false,
) =>
  workflowCommand('plans.decide', planId, async (stored, actor, at, db) => {
    const members = new Map((await db.members.toArray()).map((m) => [m.id, m]));
    const result = decidePlan(
      stored.plan,
      stored.targets,
      members,
      actor,
      decision,
      comment,
      at,
      withGap,
    );
    return result.ok ? { ok: true, value: { next: { ...stored, plan: result.value } } } : result;
  });

/** Starts the next version of an approved plan (the approved one stays as it was). */
export const nextVersionCommand = (planId: string, newId = crypto.randomUUID()) =>
  workflowCommand('plans.nextVersion', planId, async (stored, actor, at) => {
    const result = nextVersion(stored.plan, stored.targets, newId, actor, at);
    return result.ok ? { ok: true, value: { next: result.value } } : result;
  });
