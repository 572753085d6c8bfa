import type { Account } from '../../../shared/domain/account';
import type { Approval } from '../../../shared/domain/approval';
import {
  decisionRoute,
  mayDecide,
  routedApproval,
  type ReassignmentApproval,
  type ReassignmentChange,
} from '../../../shared/domain/reassignment';
import { db } from '../../db/db';
import type { UndoableChange } from '../../store/slices/history';
import { applySegments, type ClassificationChange } from '../market/classification';
import { isScenarioApproval } from '../../../shared/scenario/apply';
import { writeScenarioChange } from '../scenarios/scenario-repository';

export type ReassignResult =
  | { kind: 'applied'; change: UndoableChange }
  | { kind: 'proposed'; approverId: string }
  | { kind: 'blocked' };

async function pin(change: ReassignmentChange): Promise<void> {
  const rows = await db.accounts.bulkGet(change.accounts.map((a) => a.id));
  const updated = rows.flatMap((row) =>
    row ? [{ ...row, pinnedOwnerId: change.toMemberId, ownerId: change.toMemberId }] : [],
  );
  await db.accounts.bulkPut(updated as Account[]);
}

async function unpin(change: ReassignmentChange): Promise<void> {
  const rows = await db.accounts.bulkGet(change.accounts.map((a) => a.id));
  const restored = rows.flatMap((row, i) => {
    const before = change.accounts[i]!;
    return row
      ? [{ ...row, ownerId: before.fromOwnerId, pinnedOwnerId: before.fromPinnedOwnerId }]
      : [];
  });
  await db.accounts.bulkPut(restored as Account[]);
}

/**
 * Moves accounts to a member (pinned, so rules do not move them back). Acting as a Junior it
 * becomes a proposal for their Senior; a Senior's (or the team lead's) change applies at once.
 * Either way the decision is recorded with who and when.
 */
export async function reassignAccounts(
  accountIds: readonly string[],
  toMemberId: string,
  actorId: string | null,
): Promise<ReassignResult> {
  return db.transaction(
    'rw',
    db.accounts,
    db.approvals,
    db.members,
    async (): Promise<ReassignResult> => {
      const actor = actorId ? ((await db.members.get(actorId)) ?? null) : null;
      const route = decisionRoute(actor);
      if (route.kind === 'blocked') return { kind: 'blocked' };
      const accounts = (await db.accounts.bulkGet([...accountIds])).filter(
        (a): a is Account => a !== undefined,
      );
      const change: ReassignmentChange = {
        toMemberId,
        accounts: accounts.map((a) => ({
          id: a.id,
          name: a.name,
          fromOwnerId: a.ownerId,
          fromPinnedOwnerId: a.pinnedOwnerId,
        })),
      };
      const approval: ReassignmentApproval = routedApproval(
        'reassignment',
        change,
        actorId,
        route,
        new Date(),
      );
      await db.approvals.add(approval);
      if (route.kind === 'proposal') return { kind: 'proposed', approverId: route.approverId };
      await pin(change);
      return {
        kind: 'applied',
        change: {
          label: 'approvals.history.reassign',
          labelParams: { count: change.accounts.length },
          undo: () => db.transaction('rw', db.accounts, () => unpin(change)),
          redo: () => db.transaction('rw', db.accounts, () => pin(change)),
        },
      };
    },
  );
}

/**
 * Writes a decision on a pending request and, when approved, applies what it changes. Also how
 * a decision taken elsewhere (an exchange file) is applied here. Runs in the caller's transaction.
 */
export async function applyDecision(
  approval: Approval,
  decision: Pick<Approval, 'state' | 'approverId' | 'decidedAt' | 'comment'>,
): Promise<void> {
  if (decision.state === 'approved' && approval.kind === 'reassignment')
    await pin(approval.change as ReassignmentChange);
  if (decision.state === 'approved' && approval.kind === 'classification')
    await applySegments((approval.change as ClassificationChange).changes);
  if (decision.state === 'approved' && isScenarioApproval(approval))
    await writeScenarioChange(approval.change);
  await db.approvals.put({ ...approval, ...decision });
}

/** The approver decides: approving applies the change; both outcomes are kept with the comment. */
export async function decideApproval(
  approvalId: string,
  decision: 'approved' | 'rejected',
  deciderId: string | null,
  comment: string,
): Promise<boolean> {
  return db.transaction('rw', [db.accounts, db.approvals, db.territories], async () => {
    const approval = (await db.approvals.get(approvalId)) as Approval | undefined;
    if (!approval || !mayDecide(approval, deciderId ? { id: deciderId } : null)) return false;
    await applyDecision(approval, {
      state: decision,
      approverId: deciderId ?? approval.approverId,
      decidedAt: new Date().toISOString(),
      comment: comment.trim(),
    });
    return true;
  });
}
