import type { SheetColumn } from '@shared/ipc/workbook-schema';

/** Rows looked at for a width: enough to see the usual values, quick at 250,000 rows. */
const SAMPLED = 1_000;

/**
 * A column's width in characters: its header or its longest sampled value, whichever is wider,
 * between 8 and 50 (a long note wraps in the cell rather than widening the sheet).
 */
export function columnWidth(column: SheetColumn): number {
  let widest = column.header.length;
  const values = column.values.slice(0, SAMPLED);
  for (const value of values) {
    if (value === null) continue;
    const shown =
      column.kind === 'money'
        ? // "-1.234.567,89 €": digits, group marks, decimals and the sign.
          String(Math.trunc(Math.abs(value as number) / 100)).length * 1.34 + 6
        : String(value).length;
    widest = Math.max(widest, shown);
  }
  return Math.round(Math.min(50, Math.max(8, widest + 2)));
}
