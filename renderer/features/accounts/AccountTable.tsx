import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import type { SortKey } from '@renderer/app/data/account-query';
import { AccountRow } from './AccountRow';
import {
  ACCOUNT_COLUMNS,
  CUSTOMER_MIN_WIDTH,
  SELECT_COLUMN_WIDTH,
  useAccountColumns,
  type AccountColumn,
} from './account-columns';
import { DRAG_TYPE } from './use-assign-accounts';
import { OVERSCAN_ROWS } from '@renderer/components/use-virtual-rows';

interface Props {
  accounts: readonly Account[];
  rows: Int32Array;
  members: ReadonlyMap<string, TeamMember>;
  territories: ReadonlyMap<string, Territory>;
}

/**
 * All matching accounts, of which only the visible rows are rendered (250,000 stay instant).
 * Memoised: typing in the search re-renders the page at once, the table only with new rows.
 */
export const AccountTable = memo(function AccountTable({
  accounts,
  rows,
  members,
  territories,
}: Props) {
  const t = useT();
  const sort = useAppStore((s) => s.accountSort);
  const sortBy = useAppStore((s) => s.sortAccountsBy);
  const selected = useAppStore((s) => s.selectedAccounts);
  const toggle = useAppStore((s) => s.toggleAccount);
  const open = useAppStore((s) => s.openAccount);
  const shown = useAccountColumns((s) => s.shown);
  const columns = useMemo(
    () => [
      { id: 'name' as const, label: 'accounts.col.name' as const, sort: 'name' as SortKey },
      ...ACCOUNT_COLUMNS.filter((c) => shown.includes(c.id)),
    ],
    [shown],
  );
  // Fixed widths: the table's layout never waits for the rows' contents (nor jumps with them).
  const minWidth = columns.reduce(
    (sum, column) => sum + ('width' in column ? column.width : CUSTOMER_MIN_WIDTH),
    SELECT_COLUMN_WIDTH,
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 37,
    overscan: OVERSCAN_ROWS,
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
      <table
        className="data-table accounts-table"
        aria-rowcount={rows.length + 1}
        style={{ width: `max(100%, ${minWidth}px)` }}
      >
        <colgroup>
          <col style={{ width: SELECT_COLUMN_WIDTH }} />
          {columns.map((column) => (
            <col key={column.id} style={'width' in column ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <span className="visually-hidden">{t('accounts.col.select')}</span>
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={
                  column.id === 'name' ? 'name-cell' : 'numeric' in column ? 'numeric' : undefined
                }
                aria-sort={
                  column.sort && sort.key === column.sort
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {column.sort ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => sortBy(column.sort!)}
                    title={t('accounts.sortBy', { column: t(column.label) })}
                  >
                    {t(column.label)}
                    <span aria-hidden="true">
                      {sort.key === column.sort ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
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
                columns={shown as readonly AccountColumn[]}
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
});
