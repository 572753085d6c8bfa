import { isLargeOrStrategic } from '@shared/domain/account';
import type { ApprovalOf } from '@shared/domain/approval';
import { formatPostalRule } from '@shared/territory/postal-rule';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAccountData } from '@renderer/app/data/account-store';
import { DecisionControls } from './DecisionControls';
import { StakeLine } from './StakeLine';

/** A Junior's territory edit: the rules and owner before and after, and who gains what. */
export function TerritoryCard({
  approval,
  name,
}: {
  approval: ApprovalOf<'territory'>;
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
  const { moves } = change;
  const moved = moves.ids.map((id) => accountOf(id));
  const large = moved.filter((a) => a && isLargeOrStrategic(a)).length;
  const rules = (list: readonly { kind: string }[] | undefined) =>
    (list ?? []).map((r) => formatPostalRule(r as never)).join(', ') || '–';

  return (
    <section className="card proposal" aria-labelledby={`proposal-${approval.id}`}>
      <h2 id={`proposal-${approval.id}`}>
        {t('approvals.territory.title', {
          requester: name(approval.requesterId),
          name: change.name,
        })}
      </h2>
      <p className="muted">
        {t('approvals.item.date', { date, approver: name(approval.approverId) })}
      </p>
      <dl className="proposal-diff">
        <dt>{t('territories.field.owner')}</dt>
        <dd>
          {name(change.before?.ownerId ?? null)} → {name(change.after.ownerId)}
        </dd>
        <dt>{t('territories.field.rules')}</dt>
        <dd>
          {rules(change.before?.rules)} → {rules(change.after.rules)}
        </dd>
      </dl>
      <p>{t('approvals.territory.moves', { count: moves.ids.length, large })}</p>
      {data.kind === 'ready' && moves.ids.length > 0 && <StakeLine accounts={moved} />}
      <ul className="proposal-accounts">
        {moves.ids.slice(0, 20).map((id, i) => {
          const account = accountOf(id);
          return (
            <li key={id}>
              {account?.name ?? id} —{' '}
              {t('approvals.preview.from', { from: name(moves.fromOwnerIds[i]!) })} →{' '}
              {name(moves.ownerIds[i]!)}
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
        approvedText={t('territories.applied', {
          name: change.name,
          count: moves.ids.length,
        })}
      />
    </section>
  );
}
