import { ownerMoves, type Approval } from '@shared/domain/approval';
import type { MessageKey } from '@shared/i18n/messages.en';
import { translateStored, type Translate } from '@shared/i18n/translate';
import { exceptionText } from '@renderer/components/approval-text';
import { fieldLabel, valueText } from '@shared/sync/conflict-text';

/** What an approval changes, in one line (the audit trail's and the CSV's "summary"). */
export function approvalSummary(
  approval: Approval,
  name: (id: string | null) => string,
  t: Translate,
  /** Amounts in the user's language and currency (Settings), never a fixed "EUR". */
  money: (cents: number) => string,
): string {
  switch (approval.kind) {
    case 'reassignment':
      return `${t('approvals.history.reassign', { count: approval.change.accounts.length })} → ${name(approval.change.toMemberId)}`;
    case 'exception':
      return `${exceptionText(approval.change, t)} · ${approval.change.accountName}`;
    case 'classification':
      return t('approvals.classification.summary', { count: approval.change.changes.length });
    case 'scenario':
      return t('approvals.scenario.summary', {
        name: approval.change.name,
        count: approval.change.placements.length,
      });
    case 'plan':
      return t('approvals.plan.item', {
        requester: name(approval.requesterId),
        year: String(approval.change.fiscalYear),
        amount: money(approval.change.annualCents),
      });
    case 'territory':
      return t('approvals.history.territory', {
        name: approval.change.name,
        count: approval.change.moves.ids.length,
      });
    case 'member': {
      const handOver = approval.change.handOver;
      return [
        ...approval.change.members.map((m) => t('approvals.history.member', { name: m.name })),
        ...(handOver
          ? [
              t('approvals.history.handOver', {
                accounts: handOver.accounts,
                territories: handOver.territories.length ? handOver.territories.join(', ') : '–',
                to: name(handOver.toMemberId),
              }),
            ]
          : []),
      ].join('; ');
    }
    case 'authority':
      return t('approvals.history.authority');
    case 'undo':
      return t(approval.change.redo ? 'approvals.history.redo' : 'approvals.history.undo', {
        label: translateStored(t, approval.change.label, approval.change.labelParams),
        count: approval.change.moves.ids.length,
      });
    case 'conflict': {
      const { change } = approval;
      const values = change.fields
        .map((f) => `${fieldLabel(f.path, t, change.table)} ${valueText(f.kept, f.path, t, money)}`)
        .join(', ');
      return t('approvals.history.conflict', {
        table: translateStored(t, `table.${change.table}` as MessageKey),
        row: change.label,
        kept: name(change.kept.by),
        dropped: change.dropped.map((d) => name(d.by)).join(', '),
        values,
      });
    }
  }
}

/**
 * The account an approval is about (exceptions), or the accounts a reassignment moves. Bulk
 * changes (territories, scenarios: thousands of accounts) say how many in their summary — a
 * spreadsheet cell holds at most 32,767 characters.
 */
export function approvalAccounts(approval: Approval): string[] {
  if (approval.kind === 'exception') return [approval.change.accountName];
  return approval.kind === 'reassignment' ? ownerMoves(approval).map((a) => a.name) : [];
}
