import { AlertTriangle, Pin, Star } from 'lucide-react';
import { memo } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { formatMoney } from '@shared/format/intl';
import { accountWarning } from '@shared/territory/policy';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { AccountColumn } from './account-columns';

interface Props {
  account: Account;
  /** The columns shown after the customer, in the table's order. */
  columns: readonly AccountColumn[];
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
  columns,
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
        {/* Beside the name, which stays in view however the table scrolls. */}
        {warning && (
          <span className="flag" title={t('accounts.flag.largeWithJunior')}>
            <AlertTriangle size={14} aria-label={t('accounts.flag.largeWithJunior')} />
          </span>
        )}
        <span className="muted small">{account.externalId}</span>
      </th>
      {columns.map((column) => {
        switch (column) {
          case 'owner':
            return (
              <td key={column}>
                {owner?.name ?? t('accounts.filter.unassigned')}
                {account.pinnedOwnerId && (
                  <span className="flag-inline" title={t('accounts.pinned')}>
                    <Pin size={12} aria-label={t('accounts.pinned')} />
                  </span>
                )}
              </td>
            );
          case 'territory':
            return (
              <td key={column}>
                {account.territoryId ? (territories.get(account.territoryId)?.name ?? '–') : '–'}
              </td>
            );
          case 'postalCode':
            return (
              <td key={column}>
                {account.postalCode} {account.city}
              </td>
            );
          case 'segment':
            return (
              <td key={column}>
                {account.segment}
                {account.strategic && (
                  <span className="flag-inline" title={t('accounts.strategic')}>
                    <Star size={12} aria-label={t('accounts.strategic')} />
                  </span>
                )}
              </td>
            );
          case 'potential':
            return (
              <td key={column} className="numeric">
                {formatMoney(account.potentialCents, locale, currency)}
              </td>
            );
          case 'priorYearRevenue':
            return (
              <td key={column} className="numeric">
                {formatMoney(account.priorYearRevenueCents, locale, currency)}
              </td>
            );
          case 'status':
            return <td key={column}>{t(`accounts.status.${account.status}`)}</td>;
          case 'satisfaction':
            return (
              <td key={column} className="numeric">
                {account.satisfaction ?? '–'}
              </td>
            );
        }
      })}
    </tr>
  );
});
