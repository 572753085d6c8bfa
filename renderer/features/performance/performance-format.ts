import { formatMonth } from '@shared/format/intl';
import type { Translate } from '@shared/i18n/translate';
import type { Period } from '@shared/performance/periods';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import type { ReportContext } from '@shared/performance/report';
import type { PerformanceData } from './use-performance';

/** For groupings that need no accounts (member, level). */
export const NO_CONTEXT: ReportContext = {
  levels: new Map(),
  byMemberTerritory: new Map(),
  territories: [],
};

/** "Oct 26 – Nov 26" (or the one month) for consecutive months given as YYYY-MM. */
export function monthSpan(months: readonly string[], locale: string): string {
  if (months.length === 0) return '–';
  const first = formatMonth(months[0]!, locale);
  return months.length === 1 ? first : `${first} – ${formatMonth(months.at(-1)!, locale)}`;
}

/** "Jan 26 – Oct 26": the closed months the year to date covers. */
export function ytdLabel(data: PerformanceData, locale: string): string {
  return monthSpan(data.months.slice(0, data.closed), locale);
}

/** Money on chart axes is in whole euros. */
export const euros = (cents: number) => Math.round(cents / 100);

/** What a picture or file shows, for its name: "FY2026_Q4", "GJ2026-27_2026-11". */
export function periodFileTag(
  data: Pick<PerformanceData, 'fiscalYear' | 'startMonth' | 'months'>,
  period: Period | null,
  t: Translate,
): string {
  const year = t('perf.file.fiscalYear', {
    year: fiscalYearLabel(data.fiscalYear, data.startMonth).replace('/', '-'),
  });
  if (!period) return year;
  const part =
    period.kind === 'month'
      ? data.months[period.index]!.slice(0, 7)
      : period.kind === 'quarter' || period.kind === 'half'
        ? t(`perf.file.${period.kind}`, { n: period.index + 1 })
        : t(`perf.file.${period.kind}`);
  return `${year}_${part}`;
}
