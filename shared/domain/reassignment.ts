import type { Approval } from './approval';
import type { TeamMember } from './team-member';

/** A proposal or decision to move accounts to a member (pinned to them). */
export interface ReassignmentChange {
  toMemberId: string;
  accounts: Array<{
    id: string;
    name: string;
    fromOwnerId: string | null;
    fromPinnedOwnerId: string | null;
  }>;
}

export type ReassignmentApproval = Approval & { kind: 'reassignment'; change: ReassignmentChange };

/**
 * Who decides a change made while acting as `actor`: a Senior (or the team lead, acting as
 * nobody in particular) decides at once; a Junior's change waits for their supervising Senior.
 */
export function decisionRoute(
  actor: Pick<TeamMember, 'id' | 'level' | 'supervisorId'> | null,
): { kind: 'immediate' } | { kind: 'proposal'; approverId: string } | { kind: 'blocked' } {
  if (!actor || actor.level === 'senior') return { kind: 'immediate' };
  return actor.supervisorId
    ? { kind: 'proposal', approverId: actor.supervisorId }
    : { kind: 'blocked' };
}

/** Whether `actor` may decide this approval: its approver (the team lead may decide any). */
export function mayDecide(
  approval: Pick<Approval, 'approverId' | 'state'>,
  actor: Pick<TeamMember, 'id'> | null,
): boolean {
  return approval.state === 'pending' && (actor === null || approval.approverId === actor.id);
}

export function isReassignment(approval: Approval): approval is ReassignmentApproval {
  return approval.kind === 'reassignment';
}

/**
 * The record of a change as its route decides it: approved at once by the actor, or waiting
 * for the approver. Every kind of change (moves, re-classifications, scenarios) is logged so.
 */
export function routedApproval<K extends Approval['kind'], C>(
  kind: K,
  change: C,
  actorId: string | null,
  route: { kind: 'immediate' } | { kind: 'proposal'; approverId: string },
  now: Date,
): Approval & { kind: K; change: C } {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    kind,
    state: route.kind === 'immediate' ? 'approved' : 'pending',
    requesterId: actorId ?? '',
    approverId: route.kind === 'proposal' ? route.approverId : actorId,
    createdAt: at,
    decidedAt: route.kind === 'immediate' ? at : null,
    comment: '',
    change,
  };
}
