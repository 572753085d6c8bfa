import {
  accountEditVerdict,
  actualsVerdict,
  memberVerdict,
  ownershipMove,
  ownershipVerdict,
  settingVerdict,
  stricter,
  teamDataVerdict,
  type Actor,
  type Verdict,
} from '../commands/policy';
import { sameData } from '../commands/same-data';
import type { Account } from '../domain/account';
import type { Approval } from '../domain/approval';
import { evaluateAuthority } from '../domain/authority';
import type { PlanTarget, SalesPlan } from '../domain/plan';
import { mayDecide } from '../domain/reassignment';
import type { TeamMember } from '../domain/team-member';
import type { PlainMessageKey } from '../i18n/translate';
import type { Row } from '../persistence/table-keys';
import { isPersonalSetting } from '../commands/policy';
import type { TeamFacts } from './team-facts';
import type { TeamTable } from './team-documents';

/** One row written on the server: before (null: new) and after (null: deleted). */
export interface TeamWrite {
  table: TeamTable;
  before: Row | null;
  after: Row | null;
}

/**
 * On the server a change arrives done: whatever needs someone's approval must come as the
 * approver's own write (approving runs the change again as the approver), so "ask first"
 * means "refused" here.
 */
const problemOf = (verdict: Verdict): PlainMessageKey | null =>
  verdict.kind === 'allowed'
    ? null
    : verdict.kind === 'approval'
      ? 'sync.refused.needsApproval'
      : verdict.reason;

/**
 * Why the server refuses a write by `actor` (null: the team lead), or null when the app would
 * have let this person make it on their own. The same policy functions the commands ask.
 */
export function teamWriteProblem(
  write: TeamWrite,
  actor: Actor,
  facts: TeamFacts,
): PlainMessageKey | null {
  const { before, after } = write;
  switch (write.table) {
    case 'members':
      return problemOf(
        after
          ? memberVerdict(actor, before as TeamMember | null, after as unknown as TeamMember)
          : teamDataVerdict(actor),
      );
    case 'accounts':
      return problemOf(accountVerdict(actor, before as Account | null, after as Account | null));
    case 'territories':
      return problemOf(teamDataVerdict(actor));
    case 'actuals': {
      const memberId = String((after ?? before)!.memberId);
      const entry = Object.prototype.hasOwnProperty.call(facts.roster, memberId)
        ? facts.roster[memberId]
        : undefined;
      const member = entry && { id: memberId, supervisorId: entry.supervisorId };
      return problemOf(actualsVerdict(actor, member));
    }
    case 'settings': {
      const key = String((after ?? before)!.key);
      if (isPersonalSetting(key)) return 'sync.refused.personal';
      return problemOf(settingVerdict(actor, key));
    }
    case 'plans':
      return planProblem(actor, before as SalesPlan | null, after as SalesPlan | null);
    case 'planTargets':
      return planPartProblem(actor, before as PlanTarget | null, after as PlanTarget | null);
    case 'approvals':
      return approvalProblem(actor, before as Approval | null, after as Approval | null, facts);
  }
}

function accountVerdict(actor: Actor, before: Account | null, after: Account | null): Verdict {
  if (!after) return teamDataVerdict(actor);
  const edit = accountEditVerdict(actor, before, after.ownerId);
  // A Large or strategic account handed to a Junior is a move like any other: a Junior never
  // writes one (their request is approved, and then written, by their Senior).
  return before
    ? stricter(edit, ownershipVerdict(actor, [ownershipMove(before, after.ownerId)]))
    : edit;
}

const isJunior = (actor: Actor) => actor?.level === 'junior';

/** Plans: the lead and Seniors; a Junior only adds their own steps to a plan's history. */
function planProblem(
  actor: Actor,
  before: SalesPlan | null,
  after: SalesPlan | null,
): PlainMessageKey | null {
  if (!isJunior(actor)) return null;
  if (!before || !after) return 'plans.error.juniorSettings';
  const settings = (plan: SalesPlan) => ({ ...plan, history: [] });
  const kept = before.history.length;
  const appendedOwn =
    after.history.length >= kept &&
    sameData(after.history.slice(0, kept), before.history) &&
    after.history.slice(kept).every((e) => e.actorId === actor!.id && e.memberId === actor!.id);
  return sameData(settings(before), settings(after)) && appendedOwn
    ? null
    : 'plans.error.juniorSettings';
}

/**
 * Plan parts: the lead and Seniors; a Junior changes only their own part while it is open or
 * returned, and can hand it in but not approve it.
 */
function planPartProblem(
  actor: Actor,
  before: PlanTarget | null,
  after: PlanTarget | null,
): PlainMessageKey | null {
  if (!isJunior(actor)) return null;
  if (!before || !after || after.memberId !== actor!.id) return 'plans.error.onlyOwnPart';
  if (before.signoff === 'submitted' || before.signoff === 'approved')
    return 'plans.error.alreadySubmitted';
  return after.signoff === 'approved' ? 'plans.error.onlyOwnPart' : null;
}

/** The fields a decision sets on a request; nothing else of it ever changes. */
const DECISION_FIELDS = ['state', 'approverId', 'decidedAt', 'comment'] as const;

/**
 * The audit trail: entries are created by the person they name as requester, and a request is
 * decided once, by its approver (or the lead); nothing else changes and nothing is deleted.
 */
function approvalProblem(
  actor: Actor,
  before: Approval | null,
  after: Approval | null,
  facts: TeamFacts,
): PlainMessageKey | null {
  if (!after) return 'sync.refused.auditKept';
  if (!before) {
    if (after.requesterId !== (actor?.id ?? '')) return 'sync.refused.notRequester';
    if (after.state === 'pending') {
      return rightApprover(actor, after.approverId, facts) ? null : 'sync.refused.wrongApprover';
    }
    if (after.approverId !== (actor?.id ?? null)) return 'sync.refused.notRequester';
    return recordedDecisionProblem(actor, after, facts);
  }
  const strip = (a: Approval) => {
    const copy: Record<string, unknown> = { ...a };
    for (const field of DECISION_FIELDS) delete copy[field];
    return copy;
  };
  if (before.state !== 'pending' || after.state === 'pending') return 'sync.refused.auditKept';
  if (!sameData(strip(before), strip(after))) return 'sync.refused.auditKept';
  if (!mayDecide(before, actor)) return 'approvals.notYours';
  return after.approverId === (actor ? actor.id : before.approverId) ? null : 'approvals.notYours';
}

/**
 * A request goes to whoever the rules name: a member's Senior, the named team lead or the lead
 * — never the requester themself (who could then decide it).
 */
function rightApprover(actor: Actor, approverId: string | null, facts: TeamFacts): boolean {
  if (actor === null) return true;
  if (approverId === actor.id) return false;
  return (
    approverId === null ||
    approverId === actor.supervisorId ||
    approverId === facts.authority.teamLeadId
  );
}

/**
 * A decision recorded as taken by its requester alone: the lead and Seniors record theirs; a
 * Junior only a price or contract exception inside their limits, and which version of a
 * conflict they kept (the settling write itself is checked as any change of theirs).
 */
function recordedDecisionProblem(
  actor: Actor,
  entry: Approval,
  facts: TeamFacts,
): PlainMessageKey | null {
  if (entry.kind === 'exception') {
    // The account's size is not in the entry; the server checks the limits as for a small one.
    const small = { segment: 'C', strategic: false } as const;
    const { exception, value } = entry.change;
    const verdict = evaluateAuthority(facts.authority, actor, small, exception, value);
    return verdict.kind === 'within' ? null : 'sync.refused.needsApproval';
  }
  if (entry.kind === 'conflict') return null;
  return isJunior(actor) ? 'sync.refused.needsApproval' : null;
}
