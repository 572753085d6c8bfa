import { useI18n } from '@renderer/i18n/i18n-context';
import type { ApprovalOf } from '@shared/domain/approval';
import { DecisionControls } from './DecisionControls';

/** A Junior's ABC re-classification: how many accounts change segment, and a sample. */
export function ClassificationCard({
  approval,
  name,
}: {
  approval: ApprovalOf<'classification'>;
  name: (id: string | null) => string;
}) {
  const { t } = useI18n();
  const { change } = approval;
  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.classification.item', {
          requester: name(approval.requesterId),
          count: change.changes.length,
        })}
      </h2>
      <p className="muted">
        {t(`market.abc.basis.${change.basis}`)} · A {change.thresholds.a} % · B{' '}
        {change.thresholds.b} %
      </p>
      <ul className="proposal-accounts">
        {change.changes.slice(0, 12).map((c) => (
          <li key={c.id}>
            {c.name}: {c.from} → {c.to}
          </li>
        ))}
      </ul>
      <DecisionControls
        approvalId={approval.id}
        approverId={approval.approverId}
        name={name}
        approvedText={t('market.abc.applied', { count: change.changes.length })}
      />
    </section>
  );
}
