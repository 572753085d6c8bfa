import type { TeamMember } from '@shared/domain/team-member';
import { ownerMoveOf, type Approval } from '@shared/domain/approval';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useApprovals } from '@renderer/app/data/use-approvals';
import { decidedAlone } from '@renderer/components/approval-text';

/**
 * Every change of hands of this account, whatever made it — a reassignment, a territory edit,
 * a scenario, an undo — with who proposed, who decided, and when.
 */
export function AccountHistory({
  accountId,
  members,
}: {
  accountId: string;
  members: readonly TeamMember[];
}) {
  const { t, locale } = useI18n();
  const approvals = useApprovals();
  const mine = (approvals ?? []).flatMap((a) => {
    const move = ownerMoveOf(a, accountId);
    return move ? [{ approval: a, to: move.toOwnerId }] : [];
  });
  const name = (id: string | null) =>
    id ? (members.find((m) => m.id === id)?.name ?? '–') : t('accounts.history.lead');
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const how = (a: Approval, to: string): string | null => {
    const who = name(a.requesterId || null);
    const at = date(a.createdAt);
    if (a.kind === 'territory')
      return t('accounts.history.territory', { date: at, to, name: a.change.name, who });
    if (a.kind === 'scenario')
      return t('accounts.history.scenario', { date: at, to, name: a.change.name, who });
    if (a.kind === 'undo') return t('accounts.history.undo', { date: at, to, who });
    return null;
  };
  return (
    <section className="history" aria-labelledby="account-history-title">
      <h3 id="account-history-title">{t('accounts.history')}</h3>
      {mine.length === 0 && <p className="muted">{t('accounts.history.none')}</p>}
      <ul>
        {mine.map(({ approval: a, to: toId }) => {
          const to = name(toId);
          const direct = decidedAlone(a);
          const what = how(a, to);
          return (
            <li key={a.id}>
              {direct ? (
                (what ??
                t('accounts.history.direct', {
                  date: date(a.createdAt),
                  approver: name(a.approverId),
                  to,
                }))
              ) : (
                <>
                  {what ??
                    t('accounts.history.proposed', {
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
