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

/** Whether `actor` may decide this approval: its approver (the team lead may decide any). */
export function mayDecide(
  approval: Pick<Approval, 'approverId' | 'state'>,
  actor: Pick<TeamMember, 'id'> | null,
): boolean {
  return approval.state === 'pending' && (actor === null || approval.approverId === actor.id);
}
