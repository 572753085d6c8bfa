import { mayDecide } from '@shared/domain/reassignment';
import type { Approval } from '@shared/domain/approval';
import { TABLE_NAMES } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import { approvedChangeCommand } from '@renderer/commands/approval-kinds';

export interface DecisionInput {
  state: 'approved' | 'rejected';
  comment: string;
  /** A decision taken elsewhere (an exchange file): who decided and when. */
  approverId?: string | null;
  decidedAt?: string;
}

/**
 * The approver decides a request: approving applies its change through that kind's command,
 * checked again against the data as it is now (a stale request is refused, not applied
 * blindly); both outcomes are kept in the audit trail with the comment.
 */
export function decideCommand(approvalId: string, input: DecisionInput): Command<Approval> {
  let approval: Approval | undefined;
  let inner: Command<unknown> | null = null;
  return {
    name: 'approvals.decide',
    label: 'approvals.history.decide',
    // Whatever the request changes: the kinds' commands reach into these.
    tables: TABLE_NAMES.filter((t) => t !== 'meta'),
    undoable: false,
    async decide(ctx) {
      approval = (await ctx.db.approvals.get(approvalId)) as Approval | undefined;
      if (!approval) return { verdict: { kind: 'refused', reason: 'approvals.gone' } };
      const byFile = input.approverId !== undefined;
      if (!byFile && !mayDecide(approval, ctx.actor))
        return { verdict: { kind: 'refused', reason: 'approvals.notYours' } };
      if (approval.state !== 'pending')
        return { verdict: { kind: 'refused', reason: 'approvals.gone' } };
      if (input.state === 'rejected') return { verdict: { kind: 'allowed' } };
      inner = approvedChangeCommand(approval);
      if (!inner) return { verdict: { kind: 'allowed' } };
      // The approver applies the change as the approver: their own rules, today's data.
      const check = await inner.decide({ ...ctx, actor: byFile ? null : ctx.actor });
      if (check.verdict.kind === 'refused') return { verdict: check.verdict };
      if (check.verdict.kind === 'approval')
        return { verdict: { kind: 'refused', reason: 'approvals.notYours' } };
      return { verdict: { kind: 'allowed' } };
    },
    async apply(ctx) {
      if (input.state === 'approved' && inner) await inner.apply(ctx);
      const decided: Approval = {
        ...approval!,
        state: input.state,
        approverId:
          input.approverId !== undefined
            ? input.approverId
            : (ctx.actor?.id ?? approval!.approverId),
        decidedAt: input.decidedAt ?? ctx.now.toISOString(),
        comment: input.comment.trim(),
      };
      await ctx.write.decide(decided);
      return decided;
    },
  };
}
