import type { ApprovalOf } from '@shared/domain/approval';
import { formatMoney } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';

/** A Junior's submitted targets in the inbox; the decision is taken on the plan itself. */
export function PlanProposalCard({
  approval,
  name,
}: {
  approval: ApprovalOf<'plan'>;
  name: (id: string | null) => string;
}) {
  const { t, locale } = useI18n();
  const openPlan = useAppStore((s) => s.openPlan);
  const { change } = approval;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(approval.createdAt),
  );
  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.plan.item', {
          requester: name(approval.requesterId),
          year: String(change.fiscalYear),
          amount: formatMoney(change.annualCents, locale),
        })}
      </h2>
      <p className="muted">
        {t('approvals.item.date', { date, approver: name(approval.approverId) })}
      </p>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => openPlan(change.planId)}>
          {t('approvals.plan.open')}
        </button>
      </div>
    </section>
  );
}
