/** The twelve months (YYYY-MM) of the fiscal year that starts in `startMonth` (1–12) of `year`. */
export function fiscalMonths(year: number, startMonth: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const zeroBased = startMonth - 1 + index;
    const y = year + Math.floor(zeroBased / 12);
    return `${y}-${String((zeroBased % 12) + 1).padStart(2, '0')}`;
  });
}

/** The fiscal year (named by the calendar year it starts in) that contains an ISO date. */
export function fiscalYearOf(isoDate: string, startMonth: number): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/** "2027" for a calendar fiscal year, "2027/28" for one that starts later in the year. */
export function fiscalYearLabel(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Whole months from `from` (YYYY-MM) to `to` (YYYY-MM); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
