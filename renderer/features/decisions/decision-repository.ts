import type { Account } from '../../../shared/domain/account';
import type { Approval } from '../../../shared/domain/approval';
import {
  evaluateAuthority,
  type AuthorityRules,
  type AuthorityVerdict,
  type ExceptionApproval,
  type ExceptionChange,
} from '../../../shared/domain/authority';
import {
  planExchange,
  type ExchangeFile,
  type ExchangePlan,
} from '../../../shared/domain/exchange';
import type { TeamMember } from '../../../shared/domain/team-member';
import { db } from '../../db/db';
import { applyDecision } from '../approvals/reassignment-repository';

export interface ExceptionInput {
  account: Pick<Account, 'id' | 'name' | 'segment' | 'strategic'>;
  exception: ExceptionChange['exception'];
  value: number;
  reason: string;
  revenueEffectCents: number;
}

/**
 * Records a price or contract decision: within the actor's authority it is effective at once
 * (and logged as decided by them); beyond it, it waits for the approver the rules name.
 */
export async function recordException(
  input: ExceptionInput,
  actor: Pick<TeamMember, 'id' | 'level' | 'supervisorId'> | null,
  rules: AuthorityRules,
  now = new Date(),
): Promise<AuthorityVerdict> {
  const verdict = evaluateAuthority(rules, actor, input.account, input.exception, input.value);
  if (verdict.kind === 'blocked') return verdict;
  const at = now.toISOString();
  const approval: ExceptionApproval = {
    id: crypto.randomUUID(),
    kind: 'exception',
    state: verdict.kind === 'within' ? 'approved' : 'pending',
    requesterId: actor?.id ?? '',
    approverId: verdict.kind === 'within' ? (actor?.id ?? null) : verdict.approverId,
    createdAt: at,
    decidedAt: verdict.kind === 'within' ? at : null,
    comment: '',
    change: {
      accountId: input.account.id,
      accountName: input.account.name,
      exception: input.exception,
      value: input.value,
      reason: input.reason.trim(),
      revenueEffectCents: input.revenueEffectCents,
    },
  };
  await db.approvals.add(approval);
  return verdict;
}

/**
 * Takes in an exchange file: new requests are added to wait here, decisions close the
 * requests waiting here (applying what they change), all in one transaction.
 */
export async function importExchange(file: ExchangeFile): Promise<ExchangePlan> {
  return db.transaction('rw', db.approvals, db.accounts, db.members, async () => {
    const incoming = file.approvals as Approval[];
    const local = await db.approvals.bulkGet(incoming.map((a) => a.id));
    const here = new Map(local.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    const members = new Set(await db.members.toCollection().primaryKeys());
    const plan = planExchange(here, incoming, (id) => members.has(id));
    if (plan.add.length) await db.approvals.bulkAdd(plan.add);
    for (const decided of plan.decide) {
      await applyDecision(here.get(decided.id)!, {
        state: decided.state,
        approverId: decided.approverId,
        decidedAt: decided.decidedAt,
        comment: decided.comment,
      });
    }
    return plan;
  });
}
