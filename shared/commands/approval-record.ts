import type { Approval, ApprovalChange } from '../domain/approval';
import type { Verdict } from './policy';
import { sameData } from './same-data';

/**
 * The audit-trail row of a change: decided by the actor at once when allowed, or waiting for
 * the approver the verdict names.
 */
export function approvalRecord(
  record: ApprovalChange,
  verdict: Exclude<Verdict, { kind: 'refused' }>,
  actorId: string | null,
  now: Date,
  id: string,
): Approval {
  const at = now.toISOString();
  const direct = verdict.kind === 'allowed';
  return {
    id,
    ...record,
    state: direct ? 'approved' : 'pending',
    requesterId: actorId ?? '',
    approverId: direct ? actorId : verdict.approverId,
    createdAt: at,
    decidedAt: direct ? at : null,
    comment: '',
  } as Approval;
}

/** The same request again: same kind, same requester, same change, still waiting. */
export function sameOpenRequest(existing: Approval, request: Approval): boolean {
  return (
    existing.state === 'pending' &&
    existing.kind === request.kind &&
    existing.requesterId === request.requesterId &&
    sameData(existing.change, request.change)
  );
}
