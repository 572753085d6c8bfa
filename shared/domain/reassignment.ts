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
