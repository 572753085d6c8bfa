import { allPeriods, type Period } from '@shared/performance/periods';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import type { PerformanceData } from './use-performance';
import { formatMonth } from '@shared/format/intl';

const keyOf = (p: Period) => `${p.kind}-${p.index}`;

/** The period the report and charts show: year to date, year, a half, a quarter or a month. */
export function PeriodSelect({ data }: { data: PerformanceData }) {
  const { t, locale } = useI18n();
  const period = useAppStore((s) => s.reportPeriod);
  const setPeriod = useAppStore((s) => s.setReportPeriod);
  const periods = allPeriods();
  const label = (p: Period) =>
    p.kind === 'month'
      ? formatMonth(data.months[p.index]!, locale)
      : p.kind === 'quarter' || p.kind === 'half'
        ? t(`perf.period.${p.kind}`, { n: p.index + 1 })
        : t(`perf.period.${p.kind}`);
  return (
    <div className="field inline-field">
      <label htmlFor="perf-period">{t('perf.period')}</label>
      <select
        id="perf-period"
        className="input"
        value={keyOf(period)}
        onChange={(e) => setPeriod(periods.find((p) => keyOf(p) === e.target.value)!)}
      >
        {periods.map((p) => (
          <option key={keyOf(p)} value={keyOf(p)}>
            {label(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
