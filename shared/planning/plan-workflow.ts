import type { PlainMessageKey } from '../i18n/translate';
import type { PlanEvent, PlanTarget, SalesPlan, SignoffState } from '../domain/plan';
import type { TeamMember } from '../domain/team-member';
import { sameData } from '../commands/same-data';

/** Who the user acts as: a member, or null for the team lead (who decides like a Senior). */
export type Actor = Pick<TeamMember, 'id' | 'level' | 'supervisorId'> | null;

export type WorkflowResult<T> = { ok: true; value: T } | { ok: false; error: PlainMessageKey };

const fail = (error: PlainMessageKey) => ({ ok: false as const, error });
const isJunior = (actor: Actor) => actor?.level === 'junior';

/** Targets can change only in a draft; submitted and approved parts stay as they are. */
export function mayEditTarget(plan: SalesPlan, target: PlanTarget, actor: Actor): boolean {
  if (plan.state !== 'draft') return false;
  if (target.signoff === 'submitted' || target.signoff === 'approved') return false;
  return !isJunior(actor) || actor!.id === target.memberId;
}

/** Plan-wide settings (target, method, seasonality, ramp) are the lead's and the Seniors'. */
export function mayEditPlan(plan: SalesPlan, actor: Actor): boolean {
  return plan.state === 'draft' && !isJunior(actor);
}

/**
 * Why a change to a plan's figures or settings may not be made by `actor` (null: it may):
 * settings only in a draft by the lead or a Senior; a target only while open, a Junior's only
 * their own.
 */
export function planEditProblem(
  before: { plan: SalesPlan; targets: readonly PlanTarget[] },
  after: { plan: SalesPlan; targets: readonly PlanTarget[] },
  actor: Actor,
): PlainMessageKey | null {
  if (before.plan.state !== 'draft') return 'plans.error.locked';
  const settings = (plan: SalesPlan) => ({ ...plan, history: [] });
  const keptAll = before.targets.every((b) => after.targets.some((a) => a.memberId === b.memberId));
  if (
    (!sameData(settings(before.plan), settings(after.plan)) || !keptAll) &&
    !mayEditPlan(before.plan, actor)
  )
    return 'plans.error.juniorSettings';
  const stored = new Map(before.targets.map((t) => [t.memberId, t]));
  for (const target of after.targets) {
    const was = stored.get(target.memberId);
    if (was && sameData(was, target)) continue;
    if (!was ? !mayEditPlan(before.plan, actor) : !mayEditTarget(before.plan, was, actor))
      return isJunior(actor) ? 'plans.error.onlyOwnPart' : 'plans.error.alreadySubmitted';
  }
  return null;
}

/** A Junior submits their own part to their Senior. */
export function submitPart(
  plan: SalesPlan,
  target: PlanTarget,
  actor: Actor,
  at: string,
): WorkflowResult<{ signoff: SignoffState; event: PlanEvent; approverId: string }> {
  if (plan.state !== 'draft') return fail('plans.error.locked');
  if (!actor || actor.level !== 'junior' || actor.id !== target.memberId)
    return fail('plans.error.onlyOwnPart');
  if (target.signoff === 'submitted' || target.signoff === 'approved')
    return fail('plans.error.alreadySubmitted');
  if (!actor.supervisorId) return fail('plans.error.noSenior');
  return {
    ok: true,
    value: {
      signoff: 'submitted',
      approverId: actor.supervisorId,
      event: { at, actorId: actor.id, action: 'memberSubmitted', memberId: target.memberId },
    },
  };
}

/**
 * A Senior decides a part: their Junior's submitted part (approve or send back with a
 * comment), or their own part, which they approve on their own. The lead may decide any.
 */
export function decidePart(
  plan: SalesPlan,
  target: PlanTarget,
  member: Pick<TeamMember, 'id' | 'level' | 'supervisorId'>,
  actor: Actor,
  decision: 'approved' | 'returned',
  comment: string,
  at: string,
): WorkflowResult<{ signoff: SignoffState; event: PlanEvent }> {
  if (plan.state !== 'draft') return fail('plans.error.locked');
  if (isJunior(actor)) return fail('plans.error.juniorCannotDecide');
  const own = actor !== null && actor.id === member.id;
  const supervises = actor === null || member.supervisorId === actor.id;
  if (member.level === 'junior') {
    if (!supervises) return fail('plans.error.notTheirSenior');
    if (target.signoff !== 'submitted') return fail('plans.error.notSubmitted');
  } else if (!own && actor !== null) {
    return fail('plans.error.seniorDecidesOwn');
  }
  if (decision === 'returned' && !comment.trim()) return fail('plans.error.commentRequired');
  return {
    ok: true,
    value: {
      signoff: decision,
      event: {
        at,
        actorId: actor?.id ?? null,
        action: decision === 'approved' ? 'memberApproved' : 'memberReturned',
        memberId: member.id,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      },
    },
  };
}

/** The lead or a Senior submits the team plan for approval. */
export function submitPlan(plan: SalesPlan, actor: Actor, at: string): WorkflowResult<SalesPlan> {
  if (plan.state !== 'draft') return fail('plans.error.notDraft');
  if (isJunior(actor)) return fail('plans.error.juniorCannotSubmitTeam');
  return {
    ok: true,
    value: {
      ...plan,
      state: 'submitted',
      history: [...plan.history, { at, actorId: actor?.id ?? null, action: 'submitted' }],
    },
  };
}

/** Team target minus the sum of every member's targets (0: the plan adds up). */
export function planGapCents(plan: SalesPlan, targets: readonly PlanTarget[]): number {
  const sum = targets.reduce((total, t) => total + t.monthlyCents.reduce((a, b) => a + b, 0), 0);
  return plan.teamTargetCents - sum;
}

/** Who submitted the team plan (the last submission; null: the team lead). */
function submitterOf(plan: SalesPlan): string | null | undefined {
  return plan.history.findLast((e) => e.action === 'submitted')?.actorId;
}

/**
 * A Senior (or the lead) approves the submitted team plan — only once every member's part is
 * approved, the targets add up to the team target (or the lead approves with the gap, which is
 * recorded), and not as the person who submitted it — or sends it back to draft with a comment.
 */
export function decidePlan(
  plan: SalesPlan,
  targets: readonly PlanTarget[],
  members: ReadonlyMap<string, Pick<TeamMember, 'level'> & Partial<Pick<TeamMember, 'active'>>>,
  actor: Actor,
  decision: 'approved' | 'returned',
  comment: string,
  at: string,
  withGap = false,
): WorkflowResult<SalesPlan> {
  if (plan.state !== 'submitted') return fail('plans.error.notSubmittedPlan');
  if (isJunior(actor)) return fail('plans.error.juniorCannotDecide');
  if (decision === 'returned' && !comment.trim()) return fail('plans.error.commentRequired');
  const gap = planGapCents(plan, targets);
  if (decision === 'approved') {
    if (
      targets.some((t) => members.get(t.memberId)?.level === 'junior' && t.signoff !== 'approved')
    )
      return fail('plans.error.juniorPartsOpen');
    // Every active member's part (a deactivated member's targets are zero and nobody's to sign).
    if (targets.some((t) => members.get(t.memberId)?.active !== false && t.signoff !== 'approved'))
      return fail('plans.error.partsOpen');
    if (submitterOf(plan) === (actor?.id ?? null)) return fail('plans.error.ownSubmission');
    if (gap !== 0 && !(withGap && actor === null)) return fail('plans.error.gapOpen');
  }
  return {
    ok: true,
    value: {
      ...plan,
      state: decision === 'approved' ? 'approved' : 'draft',
      history: [
        ...plan.history,
        {
          at,
          actorId: actor?.id ?? null,
          action: decision,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(decision === 'approved' && gap !== 0 ? { gapCents: gap } : {}),
        },
      ],
    },
  };
}

/** Changing an approved plan starts a new draft version with the same numbers. */
export function nextVersion(
  plan: SalesPlan,
  targets: readonly PlanTarget[],
  newId: string,
  actor: Actor,
  at: string,
): WorkflowResult<{ plan: SalesPlan; targets: PlanTarget[] }> {
  if (plan.state !== 'approved') return fail('plans.error.versionOnlyFromApproved');
  if (isJunior(actor)) return fail('plans.error.juniorCannotSubmitTeam');
  return {
    ok: true,
    value: {
      plan: {
        ...plan,
        id: newId,
        version: plan.version + 1,
        state: 'draft',
        createdAt: at,
        history: [{ at, actorId: actor?.id ?? null, action: 'created' }],
      },
      targets: targets.map((t) => ({ ...t, planId: newId, signoff: 'open' })),
    },
  };
}
