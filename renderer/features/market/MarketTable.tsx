import { useRef } from 'react';
import { CUSTOMER_STATUSES } from '@shared/domain/account';
import { useVirtualRows } from '@renderer/components/use-virtual-rows';
import { formatMoney, formatNumber, formatPercent } from '@shared/format/intl';
import type { MarketRow } from '@shared/market/market-rows';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import type { MarketSortKey } from '@renderer/store/slices/market-ui';

interface Props {
  rows: readonly MarketRow[];
  heading: string;
  name: (row: MarketRow) => string;
  /** Opens the next level for a row (null: the rows are not drillable). */
  onDrill: ((row: MarketRow) => void) | null;
}

/** Potential, revenue, penetration and white space per group, sortable by any column. */
export function MarketTable({ rows, heading, name, onDrill }: Props) {
  const { t, locale, currency } = useI18n();
  const sort = useAppStore((s) => s.marketSort);
  const sortBy = useAppStore((s) => s.sortMarket);
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef);
  const header = (key: MarketSortKey, label: string, numeric: boolean) => (
    <th
      key={key}
      className={numeric ? 'numeric' : undefined}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <div className="table-scroll market-scroll" ref={scrollRef}>
      <table className="data-table" aria-label={t('market.table')} aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {header('name', heading, false)}
            {header('untappedCents', t('market.col.untapped'), true)}
            {header('penetration', t('market.col.penetration'), true)}
            {header('potentialCents', t('market.col.potential'), true)}
            {header('priorYearCents', t('market.col.priorYear'), true)}
            {header('ytdCents', t('market.col.ytd'), true)}
            {header('accounts', t('market.col.accounts'), true)}
            {CUSTOMER_STATUSES.map((s) => (
              <th key={s} className="numeric">
                {t(`market.col.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items
            .map(({ index }) => rows[index]!)
            .map((row, i) => (
              <tr key={row.key} aria-rowindex={items[i]!.index + 2}>
                <th scope="row">
                  {onDrill ? (
                    <button type="button" className="link-button" onClick={() => onDrill(row)}>
                      {name(row)}
                    </button>
                  ) : (
                    name(row)
                  )}
                </th>
                <td className="numeric">{money(row.untappedCents)}</td>
                <td className="numeric">
                  {row.penetration === null ? '–' : formatPercent(row.penetration * 100, locale)}
                </td>
                <td className="numeric">{money(row.potentialCents)}</td>
                <td className="numeric">{money(row.priorYearCents)}</td>
                <td className="numeric">{money(row.ytdCents)}</td>
                <td className="numeric">{formatNumber(row.accounts, locale)}</td>
                {CUSTOMER_STATUSES.map((s) => (
                  <td key={s} className="numeric">
                    {formatNumber(row.byStatus[s], locale)}
                  </td>
                ))}
              </tr>
            ))}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

/** Sorts rows for the table (names by `name`, numbers descending first). */
export function sortRows(
  rows: readonly MarketRow[],
  key: MarketSortKey,
  descending: boolean,
  name: (row: MarketRow) => string,
): MarketRow[] {
  const value = (row: MarketRow) => (key === 'name' ? 0 : (row[key] ?? -1));
  const sorted = [...rows].sort((a, b) =>
    key === 'name'
      ? name(a).localeCompare(name(b))
      : value(a) - value(b) || name(a).localeCompare(name(b)),
  );
  return descending ? sorted.reverse() : sorted;
}
