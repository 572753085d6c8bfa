import type { TeamMember } from '../../../shared/domain/team-member';
import { isReassignment } from '../../../shared/domain/reassignment';
import { useI18n } from '../../i18n/i18n-context';
import { useApprovals } from '../approvals/use-approvals';
import { decidedAlone } from '../decisions/exception-text';

/** Who proposed and who decided what about this account, and when. */
export function AccountHistory({
  accountId,
  members,
}: {
  accountId: string;
  members: readonly TeamMember[];
}) {
  const { t, locale } = useI18n();
  const approvals = useApprovals();
  const mine = (approvals ?? []).filter(
    (a) => isReassignment(a) && a.change.accounts.some((x) => x.id === accountId),
  );
  const name = (id: string | null) =>
    id ? (members.find((m) => m.id === id)?.name ?? '–') : t('accounts.history.lead');
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  return (
    <section className="history" aria-labelledby="account-history-title">
      <h3 id="account-history-title">{t('accounts.history')}</h3>
      {mine.length === 0 && <p className="muted">{t('accounts.history.none')}</p>}
      <ul>
        {mine.map((a) => {
          if (!isReassignment(a)) return null;
          const to = name(a.change.toMemberId);
          const direct = decidedAlone(a);
          return (
            <li key={a.id}>
              {direct ? (
                t('accounts.history.direct', {
                  date: date(a.createdAt),
                  approver: name(a.approverId),
                  to,
                })
              ) : (
                <>
                  {t('accounts.history.proposed', {
                    date: date(a.createdAt),
                    requester: name(a.requesterId || null),
                    to,
                  })}{' '}
                  {a.state === 'pending'
                    ? t('accounts.pending')
                    : t(
                        a.state === 'approved'
                          ? 'accounts.history.approved'
                          : 'accounts.history.rejected',
                        {
                          date: date(a.decidedAt!),
                          approver: name(a.approverId),
                        },
                      )}
                  {a.comment && <> {t('accounts.history.comment', { comment: a.comment })}</>}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
