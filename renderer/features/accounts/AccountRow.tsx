import { AlertTriangle, Pin, Star } from 'lucide-react';
import { memo } from 'react';
import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team-member';
import type { Territory } from '../../../shared/domain/territory';
import { formatMoney } from '../../../shared/format/intl';
import { accountWarning } from '../../../shared/territory/policy';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  account: Account;
  selected: boolean;
  /** Starts a drag of this account (and the selection it belongs to). */
  onDragStart: (id: string, event: React.DragEvent) => void;
  onDragEnd: () => void;
  members: ReadonlyMap<string, TeamMember>;
  territories: ReadonlyMap<string, Territory>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

export const AccountRow = memo(function AccountRow({
  account,
  selected,
  members,
  territories,
  onToggle,
  onOpen,
  onDragStart,
  onDragEnd,
}: Props) {
  const { t, locale, currency } = useI18n();
  const owner = account.ownerId ? members.get(account.ownerId) : undefined;
  const warning = accountWarning(account, members);
  return (
    <tr
      aria-selected={selected}
      draggable
      onDragStart={(event) => onDragStart(account.id, event)}
      onDragEnd={onDragEnd}
    >
      <td className="select-cell">
        <input
          type="checkbox"
          checked={selected}
          aria-label={`${t('accounts.col.select')}: ${account.name}`}
          onChange={() => onToggle(account.id)}
        />
      </td>
      <th scope="row" className="name-cell">
        <button type="button" className="link" onClick={() => onOpen(account.id)}>
          {account.name}
        </button>
        <span className="muted small">{account.externalId}</span>
      </th>
      <td>
        {account.postalCode} {account.city}
      </td>
      <td>
        {account.segment}
        {account.strategic && (
          <span className="flag-inline" title={t('accounts.strategic')}>
            <Star size={12} aria-label={t('accounts.strategic')} />
          </span>
        )}
      </td>
      <td className="numeric">{formatMoney(account.potentialCents, locale, currency)}</td>
      <td className="numeric">{formatMoney(account.priorYearRevenueCents, locale, currency)}</td>
      <td>{t(`accounts.status.${account.status}`)}</td>
      <td className="numeric">{account.satisfaction ?? '–'}</td>
      <td>{account.territoryId ? (territories.get(account.territoryId)?.name ?? '–') : '–'}</td>
      <td>
        {owner?.name ?? t('accounts.filter.unassigned')}
        {account.pinnedOwnerId && (
          <span className="flag-inline" title={t('accounts.pinned')}>
            <Pin size={12} aria-label={t('accounts.pinned')} />
          </span>
        )}
        {warning && (
          <span className="flag" title={t('accounts.flag.largeWithJunior')}>
            <AlertTriangle size={14} aria-label={t('accounts.flag.largeWithJunior')} />
          </span>
        )}
      </td>
    </tr>
  );
});
