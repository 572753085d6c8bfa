import { useMemo } from 'react';
import { SelectField } from '@renderer/components/SelectField';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { REPORT_GROUPINGS, varianceReport, type ReportRow } from '@shared/performance/report';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { ExportButton } from '../csv/ExportButton';
import { varianceExport } from './export-variance';
import { VarianceTable } from './VarianceTable';
import { PeriodSelect } from './PeriodSelect';
import { PlanNotice } from './PlanNotice';
import { monthSpan, NO_CONTEXT } from './performance-format';
import { formatMoney, formatMonth } from '@shared/format/intl';
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
  // Levels come with the members, whatever the grouping (the account side is only read for
  // territories and regions).
  const levels = useMemo(() => new Map(data.members.map((m) => [m.id, m.level])), [data.members]);
  const report = useMemo(
    () =>
      byPlace && !side
        ? null
        : varianceReport(data.years, period, data.closed, grouping, {
            ...(side?.context ?? NO_CONTEXT),
            levels,
          }),
    [data, period, grouping, byPlace, side, levels],
  );
  const periodName =
    period.kind === 'month'
      ? data.months[period.index]!
      : period.kind === 'quarter' || period.kind === 'half'
        ? t(`perf.period.${period.kind}`, { n: period.index + 1 })
        : t(`perf.period.${period.kind}`);
  const shownPeriod = period.kind === 'month' ? formatMonth(periodName, locale) : periodName;
  const label = (row: ReportRow) =>
    grouping === 'member'
      ? (data.byId.get(row.key)?.name ?? row.key)
      : grouping === 'level'
        ? row.key === ''
          ? t('perf.report.noLevel')
          : t(`team.levelShort.${row.key as 'junior' | 'senior'}`)
        : row.key === ''
          ? t('perf.report.unattributed')
          : (side?.territoryNames.get(row.key) ?? row.key);

  return (
    <div className="variance-view">
      <PlanNotice data={data} />
      <div className="toolbar no-print">
        <PeriodSelect data={data} />
        <SelectField
          inline
          id="perf-grouping"
          label={t('perf.report.by')}
          value={grouping}
          options={REPORT_GROUPINGS.map((g) => ({ value: g, label: t(`perf.report.by.${g}`) }))}
          onChange={setGrouping}
        />
        <ExportButton
          label={t('perf.report.export')}
          fileBase={t('perf.report.exportName', {
            year: fiscalYearLabel(data.fiscalYear, data.startMonth).replace('/', '-'),
          })}
          sheet={t('perf.report.sheetName', {
            year: fiscalYearLabel(data.fiscalYear, data.startMonth),
          })}
          disabled={!report}
          build={() => varianceExport(report!, label, periodName, t)}
        />
      </div>
      {byPlace && <p className="hint">{t('perf.report.spreadNote')}</p>}
      {report && report.state !== 'closed' && (
        <p className="hint" data-testid="period-state">
          {report.state === 'open'
            ? t('perf.report.periodOpen', { period: shownPeriod })
            : report.judged
              ? t('perf.report.periodRunning', {
                  period: shownPeriod,
                  months: monthSpan(
                    report.months.map((m) => data.months[m]!),
                    locale,
                  ),
                  target: formatMoney(report.periodTargetCents, locale, currency),
                })
              : t('perf.report.periodJustBegun', { period: shownPeriod })}
        </p>
      )}
      {!report ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : (
        <VarianceTable
          report={report}
          heading={t(`perf.report.by.${grouping}`)}
          label={label}
          linkMembers={grouping === 'member'}
        />
      )}
    </div>
  );
}
