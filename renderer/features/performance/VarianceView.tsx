import { useMemo } from 'react';
import { formatMoney, formatPercent } from '../../../shared/format/intl';
import { fiscalYearLabel } from '../../../shared/planning/fiscal-year';
import {
  REPORT_GROUPINGS,
  varianceReport,
  type ReportRow,
} from '../../../shared/performance/report';
import { useI18n } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';
import { CsvExportButton } from '../csv/CsvExportButton';
import { varianceCsv } from './export-variance';
import { MemberLink } from './MemberLink';
import { PeriodSelect } from './PeriodSelect';
import { PlanNotice } from './PlanNotice';
import { NO_CONTEXT } from './performance-format';
import { useAccountSide } from './use-account-side';
import type { PerformanceData } from './use-performance';

/** Target, achieved and variance for the chosen period, by member, level, territory or region. */
export function VarianceView({ data }: { data: PerformanceData }) {
  const { t, locale, currency } = useI18n();
  const period = useAppStore((s) => s.reportPeriod);
  const grouping = useAppStore((s) => s.reportGrouping);
  const setGrouping = useAppStore((s) => s.setReportGrouping);
  const byPlace = grouping === 'territory' || grouping === 'region';
  const side = useAccountSide(byPlace ? data.members : undefined);
  const report = useMemo(
    () =>
      byPlace && !side
        ? null
        : varianceReport(data.years, period, data.closed, grouping, side?.context ?? NO_CONTEXT),
    [data, period, grouping, byPlace, side],
  );
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const periodName =
    period.kind === 'month'
      ? data.months[period.index]!
      : period.kind === 'quarter' || period.kind === 'half'
        ? t(`perf.period.${period.kind}`, { n: period.index + 1 })
        : t(`perf.period.${period.kind}`);
  const label = (row: ReportRow) =>
    grouping === 'member'
      ? (data.byId.get(row.key)?.name ?? row.key)
      : grouping === 'level'
        ? t(`team.levelShort.${row.key as 'junior' | 'senior'}`)
        : row.key === ''
          ? t('perf.report.unattributed')
          : (side?.territoryNames.get(row.key) ?? row.key);

  const cells = (row: ReportRow) => {
    const behind = row.variance.varianceCents < 0;
    return (
      <>
        <td className="numeric">{money(row.figures.targetCents)}</td>
        <td className="numeric">{money(row.figures.achievedCents)}</td>
        <td className={`numeric ${behind ? 'negative' : ''}`}>
          {behind && <span aria-hidden="true">▼ </span>}
          {money(row.variance.varianceCents)}
        </td>
        <td className={`numeric ${behind ? 'negative' : ''}`}>
          {formatPercent(row.variance.variancePct, locale)}
        </td>
        <td className="numeric">{formatPercent(row.variance.attainmentPct, locale)}</td>
        <td className="numeric">{money(row.figures.newCents)}</td>
        <td className="numeric">{money(row.figures.existingCents)}</td>
      </>
    );
  };

  return (
    <div className="variance-view">
      <PlanNotice data={data} />
      <div className="toolbar no-print">
        <PeriodSelect data={data} />
        <div className="field inline-field">
          <label htmlFor="perf-grouping">{t('perf.report.by')}</label>
          <select
            id="perf-grouping"
            className="input"
            value={grouping}
            onChange={(e) => setGrouping(e.target.value as typeof grouping)}
          >
            {REPORT_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`perf.report.by.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <CsvExportButton
          label={t('perf.report.export')}
          fileBase={t('perf.report.exportName', {
            year: fiscalYearLabel(data.fiscalYear, data.startMonth).replace('/', '-'),
          })}
          disabled={!report}
          build={(dialect) => varianceCsv(report!, label, periodName, t, dialect)}
        />
      </div>
      {byPlace && <p className="hint">{t('perf.report.spreadNote')}</p>}
      {!report ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table variance-table" aria-label={t('perf.report.title')}>
            <thead>
              <tr>
                <th>{t(`perf.report.by.${grouping}`)}</th>
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
              {report.rows.map((row) => (
                <tr key={row.key || 'unattributed'}>
                  <th
                    scope="row"
                    style={row.depth ? { paddingLeft: `${0.75 + row.depth * 1.25}rem` } : undefined}
                  >
                    {grouping === 'member' ? (
                      <MemberLink id={row.key} name={label(row)} />
                    ) : (
                      label(row)
                    )}
                  </th>
                  {cells(row)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="plan-grid-total">
                <th scope="row">{t('perf.report.total')}</th>
                {cells(report.total)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
