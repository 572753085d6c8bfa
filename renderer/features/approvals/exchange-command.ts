import type { Approval } from '@shared/domain/approval';
import { planExchange, type ExchangeFile, type ExchangePlan } from '@shared/domain/exchange';
import { TABLE_NAMES } from '@shared/persistence/tables';
import type { Command } from '@renderer/commands/command';
import { decideCommand } from './decide-command';

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
