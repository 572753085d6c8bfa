/**
 * The calendar date (YYYY-MM-DD) of a moment where the user is — local time, never UTC: at
 * 00:30 in Berlin it is already the next day there, while `toISOString()` still says the day
 * before (until 01:00, in summer 02:00).
 */
export function localDate(moment: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
