import { isLargeOrStrategic } from '@shared/domain/account';
import type { ApprovalOf } from '@shared/domain/approval';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAccountData } from '@renderer/app/data/account-store';
import { DecisionControls } from './DecisionControls';
import { StakeLine } from './StakeLine';

/** A Junior's proposal to move accounts: which, from whom, large ones flagged. */
export function ReassignmentCard({
  approval,
  name,
}: {
  approval: ApprovalOf<'reassignment'>;
  name: (id: string | null) => string;
}) {
  const { t, locale } = useI18n();
  const data = useAccountData();
  const { change } = approval;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(approval.createdAt),
  );
  const accountOf = (id: string) =>
    data.kind === 'ready' ? data.data.accounts[data.data.indexById.get(id) ?? -1] : undefined;
  // What is at stake: the potential and last year's revenue that change hands.
  const moved = change.accounts.map((a) => accountOf(a.id));

  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.item', {
          requester: name(approval.requesterId),
          count: change.accounts.length,
          to: name(change.toMemberId),
        })}
      </h2>
      <p className="muted">
        {t('approvals.item.date', { date, approver: name(approval.approverId) })}
      </p>
      {data.kind === 'ready' && <StakeLine accounts={moved} />}
      <ul className="proposal-accounts">
        {change.accounts.slice(0, 20).map((a) => {
          const account = accountOf(a.id);
          return (
            <li key={a.id}>
              {a.name} — {t('approvals.preview.from', { from: name(a.fromOwnerId) })}
              {account && isLargeOrStrategic(account) && (
                <span className="badge badge-warning">{t('approvals.preview.large')}</span>
              )}
            </li>
          );
        })}
      </ul>
      <DecisionControls
        approvalId={approval.id}
        approverId={approval.approverId}
        name={name}
        approvedText={t('approvals.approved', { count: change.accounts.length })}
      />
    </section>
  );
}
