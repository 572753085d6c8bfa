import { memo, useRef } from 'react';
import { formatMoney, formatPercent } from '@shared/format/intl';
import type { ReportRow, VarianceReport } from '@shared/performance/report';
import { useI18n } from '@renderer/i18n/i18n-context';
import { MemberLink } from './MemberLink';
import { useVirtualRows } from '@renderer/components/use-virtual-rows';

interface Props {
  report: VarianceReport;
  heading: string;
  label: (row: ReportRow) => string;
  /** Names link to the member's page. */
  linkMembers: boolean;
}

const NOT_YET = '–';

const Figures = memo(function Figures({ row, judged }: { row: ReportRow; judged: boolean }) {
  const { locale, currency } = useI18n();
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const behind = judged && row.variance.varianceCents < 0;
  return (
    <>
      <td className="numeric">{money(row.figures.targetCents)}</td>
      <td className="numeric">{money(row.figures.achievedCents)}</td>
      <td className={`numeric ${behind ? 'negative' : ''}`}>
        {behind && <span aria-hidden="true">▼ </span>}
        {judged ? money(row.variance.varianceCents) : NOT_YET}
      </td>
      <td className={`numeric ${behind ? 'negative' : ''}`}>
        {formatPercent(row.variance.variancePct, locale)}
      </td>
      <td className="numeric">{formatPercent(row.variance.attainmentPct, locale)}</td>
      <td className="numeric">{money(row.figures.newCents)}</td>
      <td className="numeric">{money(row.figures.existingCents)}</td>
    </>
  );
});

/**
 * The report's rows with the team total always in view; only the rows on screen are in the
 * page, so 500 members paint as fast as 12.
 */
export function VarianceTable({ report, heading, label, linkMembers }: Props) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, padTop, padBottom } = useVirtualRows(report.rows.length, scrollRef);
  return (
    <div className="table-scroll variance-scroll" ref={scrollRef}>
      <table
        className="data-table variance-table"
        aria-label={t('perf.report.title')}
        aria-rowcount={report.rows.length + 2}
      >
        <thead>
          <tr>
            <th>{heading}</th>
            <th className="numeric">{t('perf.col.target')}</th>
            <th className="numeric">{t('perf.col.achieved')}</th>
            <th className="numeric">{t('perf.col.variance')}</th>
            <th className="numeric">{t('perf.col.variancePct')}</th>
            <th className="numeric">{t('perf.col.attainment')}</th>
            <th className="numeric">{t('perf.series.new')}</th>
            <th className="numeric">{t('perf.series.existing')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map((item) => {
            const row = report.rows[item.index]!;
            return (
              <tr key={row.key || 'unattributed'} aria-rowindex={item.index + 2}>
                <th
                  scope="row"
                  style={row.depth ? { paddingLeft: `${0.75 + row.depth * 1.25}rem` } : undefined}
                >
                  {linkMembers ? <MemberLink id={row.key} name={label(row)} /> : label(row)}
                </th>
                <Figures row={row} judged={report.judged} />
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
        <tfoot>
          <tr className="variance-total" aria-rowindex={report.rows.length + 2}>
            <th scope="row">{t('perf.report.total')}</th>
            <Figures row={report.total} judged={report.judged} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
