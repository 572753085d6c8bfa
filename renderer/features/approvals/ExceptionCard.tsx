import type { ExceptionApproval } from '@shared/domain/authority';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { exceptionText } from '@renderer/components/approval-text';
import { DecisionControls } from './DecisionControls';

/** A price or contract exception beyond the requester's authority: what, why, what it costs. */
export function ExceptionCard({
  approval,
  name,
}: {
  approval: ExceptionApproval;
  name: (id: string | null) => string;
}) {
  const { t, locale, currency } = useI18n();
  const { change } = approval;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(approval.createdAt),
  );
  const what = exceptionText(change, t);
  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.exception.item', {
          requester: name(approval.requesterId),
          what,
          account: change.accountName,
        })}
      </h2>
      <p className="muted">
        {t('approvals.exception.date', { date, approver: name(approval.approverId) })}
      </p>
      <dl className="facts">
        <dt>{t('decisions.reason')}</dt>
        <dd>{change.reason}</dd>
        <dt>{t('approvals.exception.effect')}</dt>
        <dd className={change.revenueEffectCents < 0 ? 'negative' : undefined}>
          {formatMoney(change.revenueEffectCents, locale, currency)}
        </dd>
      </dl>
      <DecisionControls
        approvalId={approval.id}
        approverId={approval.approverId}
        name={name}
        approvedText={t('approvals.exception.approved', { what })}
      />
    </section>
  );
}
