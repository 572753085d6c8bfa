import type { MonthlyActual } from '../domain/actual';
import { profileFromMonthly, type SeasonalityProfile } from './seasonality';

/**
 * A seasonality profile from the last twelve months that have actuals (the whole team's, or
 * one member's), in fiscal month order for a year starting in `startMonth`. Null when there
 * are no actuals with revenue to learn from.
 */
export function profileFromActuals(
  actuals: readonly MonthlyActual[],
  startMonth: number,
  memberId?: string,
): SeasonalityProfile | null {
  const rows = memberId ? actuals.filter((a) => a.memberId === memberId) : actuals;
  if (rows.length === 0) return null;
  const last = rows.reduce((max, a) => (a.month > max ? a.month : max), rows[0]!.month);
  const [year, month] = last.split('-').map(Number) as [number, number];
  const first = `${month === 12 ? year : year - 1}-${String((month % 12) + 1).padStart(2, '0')}`;
  const byCalendarMonth = Array<number>(12).fill(0);
  for (const a of rows) {
    if (a.month < first || a.month > last) continue;
    byCalendarMonth[Number(a.month.slice(5, 7)) - 1]! +=
      a.newBusinessCents + a.existingBusinessCents;
  }
  if (byCalendarMonth.every((cents) => cents <= 0)) return null;
  const fiscal = Array.from({ length: 12 }, (_, i) => byCalendarMonth[(startMonth - 1 + i) % 12]!);
  return profileFromMonthly(fiscal.map((c) => Math.max(0, c)));
}
