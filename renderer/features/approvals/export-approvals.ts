import type { CsvDialect } from '../../../shared/csv/dialect';
import { columnsOf, writeCsv, type CsvColumn } from '../../../shared/csv/write-csv';
import type { Approval } from '../../../shared/domain/approval';
import { isReassignment } from '../../../shared/domain/reassignment';
import type { Translate } from '../../../shared/i18n/translate';
import type { PlanApprovalChange } from './PlanProposalCard';

const planSummary = (change: PlanApprovalChange, requester: string, t: Translate) =>
  t('approvals.plan.item', {
    requester,
    year: String(change.fiscalYear),
    amount: `${(change.annualCents / 100).toFixed(2)} EUR`,
  });

/** Every approval ever raised, newest first: the audit trail as a spreadsheet. */
export function approvalsCsv(
  approvals: readonly Approval[],
  name: (memberId: string | null) => string,
  t: Translate,
  dialect: CsvDialect,
): string {
  const values: Array<CsvColumn<Approval>['value']> = [
    (a) => ({ date: a.createdAt.slice(0, 10) }),
    (a) => t(`approvals.kind.${a.kind}`),
    (a) => name(a.requesterId),
    (a) =>
      isReassignment(a)
        ? `${t('approvals.history.reassign', { count: a.change.accounts.length })} → ${name(a.change.toMemberId)}`
        : a.kind === 'plan'
          ? planSummary(a.change as PlanApprovalChange, name(a.requesterId), t)
          : '',
    (a) => t(`approvals.state.${a.state}`),
    (a) => (a.state === 'pending' ? '' : name(a.approverId)),
    (a) => (a.decidedAt ? { date: a.decidedAt.slice(0, 10) } : null),
    (a) => a.comment,
  ];
  const newestFirst = [...approvals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return writeCsv(newestFirst, columnsOf(t('csv.approvals.header'), values), dialect);
}
