import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import { columnsOf, type CsvColumn } from '@shared/csv/write-csv';
import type { Approval } from '@shared/domain/approval';
import { isException } from '@shared/domain/authority';
import type { Translate } from '@shared/i18n/translate';
import { approvalSummary } from './approval-summary';

/** The audit trail as a spreadsheet, newest first: who asked, what, why, who decided, when. */
export function approvalsExport(
  approvals: readonly Approval[],
  name: (memberId: string | null) => string,
  t: Translate,
  money: (cents: number) => string,
): TableExport {
  const values: Array<CsvColumn<Approval>['value']> = [
    (a) => ({ date: a.createdAt.slice(0, 10) }),
    (a) => t(`approvals.kind.${a.kind}`),
    (a) => name(a.requesterId || null),
    (a) => approvalSummary(a, name, t, money),
    (a) => (isException(a) ? a.change.reason : ''),
    (a) => (isException(a) ? { cents: a.change.revenueEffectCents } : null),
    (a) => t(`approvals.state.${a.state}`),
    (a) => (a.state === 'pending' ? '' : name(a.approverId)),
    (a) => (a.decidedAt ? { date: a.decidedAt.slice(0, 10) } : null),
    (a) => a.comment,
  ];
  const newestFirst = [...approvals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return tableExport(newestFirst, columnsOf(t('csv.approvals.header'), values));
}
