/** The `count` months (YYYY-MM) before the month of `asOf` (YYYY-MM-DD), oldest first. */
export function monthsBefore(asOf: string, count: number): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`not a date: ${asOf}`);
  }
  const result: string[] = [];
  for (let back = count; back >= 1; back -= 1) {
    const index = year * 12 + (month - 1) - back;
    result.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return result;
}
