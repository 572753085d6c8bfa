import type { Approval } from '../../../shared/domain/approval';
import { isException } from '../../../shared/domain/authority';
import { isReassignment } from '../../../shared/domain/reassignment';
import type { Translate } from '../../../shared/i18n/translate';
import { exceptionText } from '../decisions/exception-text';
import type { PlanApprovalChange } from './PlanProposalCard';
import { isScenarioApproval } from '../../../shared/scenario/apply';

/** What an approval changes, in one line (the audit trail's and the CSV's "summary"). */
export function approvalSummary(
  approval: Approval,
  name: (id: string | null) => string,
  t: Translate,
  /** Amounts in the user's language and currency (Settings), never a fixed "EUR". */
  money: (cents: number) => string,
): string {
  if (isReassignment(approval))
    return `${t('approvals.history.reassign', { count: approval.change.accounts.length })} → ${name(approval.change.toMemberId)}`;
  if (isException(approval))
    return `${exceptionText(approval.change, t)} · ${approval.change.accountName}`;
  if (approval.kind === 'classification') {
    const change = approval.change as { changes: unknown[] };
    return t('approvals.classification.summary', { count: change.changes.length });
  }
  if (isScenarioApproval(approval))
    return t('approvals.scenario.summary', {
      name: approval.change.name,
      count: approval.change.placements.length,
    });
  if (approval.kind === 'plan') {
    const change = approval.change as PlanApprovalChange;
    return t('approvals.plan.item', {
      requester: name(approval.requesterId),
      year: String(change.fiscalYear),
      amount: money(change.annualCents),
    });
  }
  return '';
}

/** The account an approval is about (exceptions), or the accounts it moves (reassignments). */
export function approvalAccounts(approval: Approval): string[] {
  if (isException(approval)) return [approval.change.accountName];
  if (isReassignment(approval)) return approval.change.accounts.map((a) => a.name);
  return [];
}
