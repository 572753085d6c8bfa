import { monthOrdinal } from '../planning/fiscal-year';

/** The spans a variance is reported for; quarters and halves are of the fiscal year. */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'ytd', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** Which month (0–11), quarter (0–3) or half (0–1); ignored for YTD and year. */
  index: number;
}

/**
 * How many of the fiscal year's months are closed on `today` (YYYY-MM-DD): the months before
 * today's month. The running month is not counted; its actuals are not complete yet.
 */
export function closedMonthCount(fiscalMonths: readonly string[], today: string): number {
  if (fiscalMonths.length === 0) return 0;
  const elapsed = monthOrdinal(today) - monthOrdinal(fiscalMonths[0]!);
  return Math.max(0, Math.min(fiscalMonths.length, elapsed));
}

/** The fiscal month indexes (0–11) a period covers; YTD covers the `closed` months. */
export function periodMonths(period: Period, closed: number): number[] {
  const span = (from: number, length: number) => Array.from({ length }, (_, i) => from + i);
  switch (period.kind) {
    case 'month':
      return [period.index];
    case 'quarter':
      return span(period.index * 3, 3);
    case 'half':
      return span(period.index * 6, 6);
    case 'ytd':
      return span(0, closed);
    case 'year':
      return span(0, 12);
  }
}

/**
 * Closed: every month of the period is closed. Running: it has begun (its first month is closed
 * or running) but is not over. Open: it has not begun.
 */
export type PeriodState = 'closed' | 'running' | 'open';

export function periodState(period: Period, closed: number): PeriodState {
  if (period.kind === 'ytd') return 'closed';
  const months = periodMonths(period, closed);
  if (months.every((m) => m < closed)) return 'closed';
  return months[0]! <= closed ? 'running' : 'open';
}

/**
 * The months a period is measured over: its closed ones. A running quarter is pro-rated to
 * the months that are over — the running month's actuals are not complete yet.
 */
export function measuredMonths(period: Period, closed: number): number[] {
  return periodMonths(period, closed).filter((m) => m < closed);
}

/** Every period a report can show, in menu order. */
export function allPeriods(): Period[] {
  return [
    { kind: 'ytd', index: 0 },
    { kind: 'year', index: 0 },
    ...[0, 1].map((index) => ({ kind: 'half' as const, index })),
    ...[0, 1, 2, 3].map((index) => ({ kind: 'quarter' as const, index })),
    ...Array.from({ length: 12 }, (_, index) => ({ kind: 'month' as const, index })),
  ];
}
