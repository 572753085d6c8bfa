import type { PlanTarget, SalesPlan } from '../../../shared/domain/plan';
import type { TeamMember } from '../../../shared/domain/team-member';
import type { MessageKey } from '../../../shared/i18n/messages.en';
import {
  decidePart,
  decidePlan,
  nextVersion,
  submitPart,
  submitPlan,
  type Actor,
} from '../../../shared/planning/plan-workflow';
import { db } from '../../db/db';
import {
  addPlanApproval,
  closePlanApproval,
  writePlan,
  type PlanSnapshot,
} from './plan-repository';

export type ActionResult = { ok: true; planId: string } | { ok: false; error: MessageKey };

const now = () => new Date().toISOString();

function withPart(snapshot: PlanSnapshot, memberId: string, change: Partial<PlanTarget>) {
  return snapshot.targets.map((t) => (t.memberId === memberId ? { ...t, ...change } : t));
}

/** A Junior submits their own targets: the part freezes and lands in their Senior's inbox. */
export async function submitOwnPart(snapshot: PlanSnapshot, actor: Actor): Promise<ActionResult> {
  const target = snapshot.targets.find((t) => t.memberId === actor?.id);
  if (!target) return { ok: false, error: 'plans.error.onlyOwnPart' };
  const at = now();
  const result = submitPart(snapshot.plan, target, actor, at);
  if (!result.ok) return result;
  const plan: SalesPlan = {
    ...snapshot.plan,
    history: [...snapshot.plan.history, result.value.event],
  };
  const next = {
    plan,
    targets: withPart(snapshot, target.memberId, { signoff: result.value.signoff }),
  };
  await db.transaction('rw', db.plans, db.planTargets, db.approvals, async () => {
    await writePlan(next);
    await addPlanApproval(next, target.memberId, result.value.approverId, at);
  });
  return { ok: true, planId: plan.id };
}

/** A Senior (or the lead) approves or sends back a member's part. */
export async function decideMemberPart(
  snapshot: PlanSnapshot,
  member: TeamMember,
  actor: Actor,
  decision: 'approved' | 'returned',
  comment: string,
): Promise<ActionResult> {
  const target = snapshot.targets.find((t) => t.memberId === member.id);
  if (!target) return { ok: false, error: 'plans.error.notSubmitted' };
  const at = now();
  const result = decidePart(snapshot.plan, target, member, actor, decision, comment, at);
  if (!result.ok) return result;
  const plan = { ...snapshot.plan, history: [...snapshot.plan.history, result.value.event] };
  const next = { plan, targets: withPart(snapshot, member.id, { signoff: result.value.signoff }) };
  await db.transaction('rw', db.plans, db.planTargets, db.approvals, async () => {
    await writePlan(next);
    await closePlanApproval(plan.id, member.id, decision, comment.trim(), at);
  });
  return { ok: true, planId: plan.id };
}

export async function submitTeamPlan(snapshot: PlanSnapshot, actor: Actor): Promise<ActionResult> {
  const result = submitPlan(snapshot.plan, actor, now());
  if (!result.ok) return result;
  await writePlan({ plan: result.value, targets: snapshot.targets });
  return { ok: true, planId: result.value.id };
}

export async function decideTeamPlan(
  snapshot: PlanSnapshot,
  members: ReadonlyMap<string, TeamMember>,
  actor: Actor,
  decision: 'approved' | 'returned',
  comment: string,
): Promise<ActionResult> {
  const result = decidePlan(
    snapshot.plan,
    snapshot.targets,
    members,
    actor,
    decision,
    comment,
    now(),
  );
  if (!result.ok) return result;
  await writePlan({ plan: result.value, targets: snapshot.targets });
  return { ok: true, planId: result.value.id };
}

/** Starts the next version of an approved plan (the approved one stays as it was). */
export async function startNextVersion(
  snapshot: PlanSnapshot,
  actor: Actor,
): Promise<ActionResult> {
  const result = nextVersion(snapshot.plan, snapshot.targets, crypto.randomUUID(), actor, now());
  if (!result.ok) return result;
  await writePlan(result.value);
  return { ok: true, planId: result.value.plan.id };
}
