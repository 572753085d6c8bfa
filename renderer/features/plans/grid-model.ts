import type { PlanTarget } from '@shared/domain/plan';
import { parseWholePercent, readAmount } from '@shared/format/parse-money';
import { centsForSpreadsheet } from '@shared/format/tsv';
import type { MemberAllocation } from '@shared/planning/allocate';
import type { TargetEdit } from '@shared/planning/plan-model';
import { periodTotals } from '@shared/planning/seasonality';
import type { ParsedCell } from '@renderer/components/sheet/sheet-model';

export type GridView = 'months' | 'quarters' | 'halves';

export type GridColumn =
  | { kind: 'month'; index: number }
  | { kind: 'quarter'; index: number }
  | { kind: 'half'; index: number }
  | { kind: 'year' }
  | { kind: 'newPct' }
  | { kind: 'new' }
  | { kind: 'existing' };

export function columnsFor(view: GridView): GridColumn[] {
  const periods: GridColumn[] =
    view === 'months'
      ? Array.from({ length: 12 }, (_, index) => ({ kind: 'month' as const, index }))
      : view === 'quarters'
        ? Array.from({ length: 4 }, (_, index) => ({ kind: 'quarter' as const, index }))
        : Array.from({ length: 2 }, (_, index) => ({ kind: 'half' as const, index }));
  return [...periods, { kind: 'year' }, { kind: 'newPct' }, { kind: 'new' }, { kind: 'existing' }];
}

/** The year is the sum of the months: pasted with them, it is left out. */
export const totalOfColumn = (column: GridColumn) =>
  column.kind === 'year' ? (part: GridColumn) => part.kind === 'month' : null;

export const isEditableColumn = (column: GridColumn) =>
  column.kind === 'month' || column.kind === 'year' || column.kind === 'newPct';

export interface GridRow {
  target: PlanTarget;
  allocation: MemberAllocation;
  name: string;
  editable: boolean;
  /** What the ramp takes off this member's target (0 when fully productive). */
  rampCents: number;
}

/** The number a cell shows: cents, or whole percent for the new-business share. */
export function cellValue(row: GridRow, column: GridColumn): number {
  const monthly = row.allocation.monthlyCents;
  switch (column.kind) {
    case 'month':
      return monthly[column.index]!;
    case 'quarter':
      return periodTotals(monthly, 3)[column.index]!;
    case 'half':
      return periodTotals(monthly, 6)[column.index]!;
    case 'year':
      return row.allocation.annualCents;
    case 'newPct':
      return row.target.newBusinessPct;
    case 'new':
      return row.allocation.newBusinessCents;
    case 'existing':
      return row.allocation.existingBusinessCents;
  }
}

/** Cell text for the clipboard, in the form a spreadsheet in this language reads back. */
export function cellClipboardText(row: GridRow, column: GridColumn, language: 'de' | 'en') {
  const value = cellValue(row, column);
  return column.kind === 'newPct' ? String(value) : centsForSpreadsheet(value, language);
}

/** What typing or pasting `text` into a cell changes (null: the cell cannot change). */
export function editFor(
  row: GridRow,
  column: GridColumn,
  text: string,
  language: 'de' | 'en',
): ParsedCell<TargetEdit> {
  if (!row.editable || !isEditableColumn(column)) return { ok: true, edit: null };
  const memberId = row.target.memberId;
  if (column.kind === 'newPct') {
    const pct = parseWholePercent(text);
    return pct === null
      ? { ok: false, text, problem: 'percent' }
      : { ok: true, edit: { kind: 'newPct', memberId, pct } };
  }
  const amount = readAmount(text, language);
  if (!amount.ok) return { ok: false, text, problem: amount.problem };
  const { cents } = amount;
  return column.kind === 'month'
    ? { ok: true, edit: { kind: 'month', memberId, month: column.index, cents } }
    : { ok: true, edit: { kind: 'year', memberId, cents } };
}
