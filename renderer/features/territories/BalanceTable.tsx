import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { formatNumber } from '@shared/format/intl';
import type { BalanceRow } from '@shared/territory/balance';
import { useI18n } from '@renderer/i18n/i18n-context';
import { OVERSCAN_ROWS } from '@renderer/components/use-virtual-rows';

interface Props {
  rows: readonly BalanceRow[];
  heading: string;
  name: (id: string) => string;
  show: (value: number) => string;
}

const ROW_HEIGHT = 33;

/** Everyone's value, deviation and capacity use; only visible rows are rendered for big teams. */
export function BalanceTable({ rows, heading, name, show }: Props) {
  const { t, locale } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    initialRect: { width: 800, height: 420 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="table-scroll balance-scroll" ref={scrollRef}>
      <table className="data-table compact balance-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="numeric">
              {t('balance.col.value')}
            </th>
            <th scope="col" className="numeric">
              {t('balance.col.deviation')}
            </th>
            <th scope="col" className="numeric">
              {t('balance.col.capacity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.memberId}>
                <th scope="row">{name(row.memberId)}</th>
                <td className="numeric">{show(row.value)}</td>
                <td className={`numeric ${Math.abs(row.deviation) > 0.1 ? 'negative' : ''}`}>
                  {row.deviation >= 0 ? '+' : ''}
                  {formatNumber(Math.round(row.deviation * 100), locale)} %
                </td>
                <td className={`numeric ${(row.capacityUse ?? 0) > 1 ? 'negative' : ''}`}>
                  {row.capacityUse === null
                    ? '–'
                    : `${formatNumber(Math.round(row.capacityUse * 100), locale)} %`}
                  {(row.capacityUse ?? 0) > 1 && (
                    <span className="visually-hidden"> {t('balance.overCapacity')}</span>
                  )}
                </td>
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
