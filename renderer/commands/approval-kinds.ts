import type { Approval, ApprovalChange, ApprovalKind } from '@shared/domain/approval';
import type { Command } from './command';

/** How an approved request of one kind is applied: as a command, checked against today's data. */
export type ApplyApproved<K extends ApprovalKind> = (
  change: Extract<ApprovalChange, { kind: K }>['change'],
) => Command<unknown>;

const appliers = new Map<ApprovalKind, ApplyApproved<ApprovalKind>>();

/** Each feature registers the kinds it owns (renderer/app/approval-kinds.ts imports them all). */
export function registerApprovalKind<K extends ApprovalKind>(kind: K, apply: ApplyApproved<K>) {
  appliers.set(kind, apply as unknown as ApplyApproved<ApprovalKind>);
}

/** The command that applies an approved request, or null for kinds that change nothing more. */
export function approvedChangeCommand(approval: Approval): Command<unknown> | null {
  const apply = appliers.get(approval.kind);
  return apply ? apply(approval.change as never) : null;
}
