import type { Account } from '@shared/domain/account';
import { evaluateAuthority, type ExceptionChange } from '@shared/domain/authority';
import type { Command } from '@renderer/commands/command';
import { readSettings } from '@renderer/db/settings';

export interface ExceptionInput {
  account: Pick<Account, 'id' | 'name' | 'segment' | 'strategic'>;
  exception: ExceptionChange['exception'];
  value: number;
  reason: string;
  revenueEffectCents: number;
}

/**
 * Records a price or contract decision: within the actor's authority (Settings, read where the
 * decision is written) it is effective at once and logged as theirs; beyond it, it waits for
 * the approver the rules name; a Junior without a Senior cannot make it.
 */
export function recordExceptionCommand(input: ExceptionInput): Command {
  const change: ExceptionChange = {
    accountId: input.account.id,
    accountName: input.account.name,
    exception: input.exception,
    value: input.value,
    reason: input.reason.trim(),
    revenueEffectCents: input.revenueEffectCents,
  };
  return {
    name: 'decisions.exception',
    label: 'decisions.title',
    tables: ['approvals'],
    undoable: false,
    async decide({ db, actor }) {
      const { authority } = await readSettings(db);
      const verdict = evaluateAuthority(
        authority,
        actor,
        input.account,
        input.exception,
        input.value,
      );
      const record = { kind: 'exception' as const, change };
      if (verdict.kind === 'blocked')
        return { verdict: { kind: 'refused', reason: 'decisions.blocked' } };
      if (verdict.kind === 'within') return { verdict: { kind: 'allowed' }, record };
      return { verdict: { kind: 'approval', approverId: verdict.approverId }, record };
    },
    // The decision is the audit entry itself: nothing else changes.
    apply: async () => undefined,
  };
}
