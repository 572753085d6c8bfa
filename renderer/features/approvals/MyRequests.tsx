import type { Approval } from '@shared/domain/approval';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { decidedAlone } from '@renderer/components/approval-text';
import { approvalSummary } from './approval-summary';

/** What the acting member asked for and how it was decided: the requester sees the outcome. */
export function MyRequests({
  approvals,
  actingAs,
  name,
}: {
  approvals: readonly Approval[];
  actingAs: string | null;
  name: (id: string | null) => string;
}) {
  const { t, locale, currency } = useI18n();
  const money = (cents: number) => formatMoney(cents, locale, currency);
  if (!actingAs) return <p className="muted">{t('requests.asLead')}</p>;
  // What needed someone else's decision (decisions taken alone are in the audit trail).
  const mine = approvals.filter((a) => a.requesterId === actingAs && !decidedAlone(a));
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
  if (mine.length === 0) return <p className="muted">{t('requests.none')}</p>;
  return (
    <ul className="request-list">
      {mine.map((a) => (
        <li key={a.id} className={`request request-${a.state}`}>
          <strong>{approvalSummary(a, name, t, money)}</strong>
          <span>
            {a.state === 'pending'
              ? t('requests.pending', { date: date(a.createdAt), approver: name(a.approverId) })
              : t(`requests.${a.state}`, {
                  date: date(a.decidedAt!),
                  approver: name(a.approverId),
                })}
          </span>
          {a.comment && (
            <span className="muted">{t('requests.comment', { comment: a.comment })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
