import { formatMonth } from '../../../shared/format/intl';
import type { ReportContext } from '../../../shared/performance/report';
import type { PerformanceData } from './use-performance';

/** For groupings that need no accounts (member, level). */
export const NO_CONTEXT: ReportContext = {
  levels: new Map(),
  byMemberTerritory: new Map(),
  territories: [],
};

/** "Jan 26 – Oct 26": the closed months the year to date covers. */
export function ytdLabel(data: PerformanceData, locale: string): string {
  if (data.closed === 0) return '–';
  const first = formatMonth(data.months[0]!, locale);
  return data.closed === 1
    ? first
    : `${first} – ${formatMonth(data.months[data.closed - 1]!, locale)}`;
}

/** Money on chart axes is in whole euros. */
export const euros = (cents: number) => Math.round(cents / 100);
