import type { Account } from '../../../shared/domain/account';
import type { Approval } from '../../../shared/domain/approval';
import { evaluateAuthority, type ExceptionChange } from '../../../shared/domain/authority';
import {
  planExchange,
  type ExchangeFile,
  type ExchangePlan,
} from '../../../shared/domain/exchange';
import { TABLE_NAMES } from '../../../shared/persistence/tables';
import type { Command } from '../../commands/command';
import { coerceSettings } from '../../db/settings';
import { decideCommand } from '../approvals/decide-command';

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
      const { authority } = coerceSettings(await db.settings.toArray());
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

/**
 * Takes in an exchange file: new requests are added to wait here, decisions close the
 * requests waiting here, each applied through its kind's command and checked against today's
 * data (one that no longer fits stays open here), all in one transaction.
 */
export function importExchangeCommand(file: ExchangeFile): Command<ExchangePlan> {
  let plan: ExchangePlan;
  let here = new Map<string, Approval>();
  return {
    name: 'exchange.import',
    label: 'exchange.title',
    tables: TABLE_NAMES.filter((t) => t !== 'meta'),
    undoable: false,
    async decide({ db }) {
      const incoming = file.approvals as Approval[];
      const local = await db.approvals.bulkGet(incoming.map((a) => a.id));
      here = new Map(local.flatMap((a) => (a ? [[a.id, a as Approval] as const] : [])));
      const members = new Set(await db.members.toCollection().primaryKeys());
      plan = planExchange(here, incoming, (id) => members.has(id));
      return { verdict: { kind: 'allowed' } };
    },
    async apply(ctx) {
      for (const request of plan.add) await ctx.write.addApproval(request);
      const applied = [];
      for (const decided of plan.decide) {
        const step = decideCommand(decided.id, {
          state: decided.state === 'approved' ? 'approved' : 'rejected',
          comment: decided.comment,
          approverId: decided.approverId,
          decidedAt: decided.decidedAt ?? ctx.now.toISOString(),
        });
        const { verdict } = await step.decide(ctx);
        if (verdict.kind !== 'allowed') continue;
        await step.apply(ctx);
        applied.push(decided);
      }
      return { ...plan, decide: applied };
    },
  };
}
