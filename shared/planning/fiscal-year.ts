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

/** A month (YYYY-MM…) as a count of months, so month arithmetic is plain subtraction. */
export function monthOrdinal(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
