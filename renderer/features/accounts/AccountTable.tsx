import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { Account } from '../../../shared/domain/account';
import type { TeamMember } from '../../../shared/domain/team-member';
import type { Territory } from '../../../shared/domain/territory';
import type { PlainMessageKey } from '../../../shared/i18n/translate';
import { useT } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import type { SortKey } from '../../app/data/account-query';
import { AccountRow } from './AccountRow';
import { DRAG_TYPE } from './use-assign-accounts';

interface Props {
  accounts: readonly Account[];
  rows: Int32Array;
  members: ReadonlyMap<string, TeamMember>;
  territories: ReadonlyMap<string, Territory>;
}

const COLUMNS: Array<{ key: SortKey | null; label: PlainMessageKey; numeric?: boolean }> = [
  { key: 'name', label: 'accounts.col.name' },
  { key: 'postalCode', label: 'accounts.col.postalCode' },
  { key: 'segment', label: 'accounts.col.segment' },
  { key: 'potential', label: 'accounts.col.potential', numeric: true },
  { key: 'priorYearRevenue', label: 'accounts.col.priorYearRevenue', numeric: true },
  { key: 'status', label: 'accounts.col.status' },
  { key: 'satisfaction', label: 'accounts.col.satisfaction', numeric: true },
  { key: null, label: 'accounts.col.territory' },
  { key: null, label: 'accounts.col.owner' },
];

/** All matching accounts, of which only the visible rows are rendered (250,000 stay instant). */
export function AccountTable({ accounts, rows, members, territories }: Props) {
  const t = useT();
  const sort = useAppStore((s) => s.accountSort);
  const sortBy = useAppStore((s) => s.sortAccountsBy);
  const selected = useAppStore((s) => s.selectedAccounts);
  const toggle = useAppStore((s) => s.toggleAccount);
  const open = useAppStore((s) => s.openAccount);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 37,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  // Stable handlers, so the memoised rows re-render only when their own account changes.
  const onOpen = useCallback((accountId: string) => open({ mode: 'edit', accountId }), [open]);
  const setDragging = useAppStore((s) => s.setDraggingAccounts);
  const onDragStart = useCallback(
    (accountId: string, event: React.DragEvent) => {
      const current = useAppStore.getState().selectedAccounts;
      const ids = current.has(accountId) ? [...current] : [accountId];
      event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(ids));
      event.dataTransfer.effectAllowed = 'move';
      setDragging(ids.length);
    },
    [setDragging],
  );
  const onDragEnd = useCallback(() => setDragging(0), [setDragging]);

  return (
    <div className="table-scroll accounts-scroll" ref={scrollRef} data-testid="accounts-scroll">
      <table className="data-table accounts-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <span className="visually-hidden">{t('accounts.col.select')}</span>
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.numeric ? 'numeric' : undefined}
                aria-sort={
                  column.key && sort.key === column.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {column.key ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => sortBy(column.key!)}
                    title={t('accounts.sortBy', { column: t(column.label) })}
                  >
                    {t(column.label)}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                ) : (
                  t(column.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const account = accounts[rows[item.index]!]!;
            return (
              <AccountRow
                key={account.id}
                account={account}
                selected={selected.has(account.id)}
                members={members}
                territories={territories}
                onToggle={toggle}
                onOpen={onOpen}
                onDragStart={onDragStart}
                onDragEnd={onDragEnd}
              />
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
