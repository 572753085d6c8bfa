import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { formatAmount, formatMoney } from '@shared/format/intl';
import type { TargetEdit } from '@shared/planning/plan-model';
import { SheetGrid, type SheetTexts } from '@renderer/components/sheet/SheetGrid';
import { pasteTooBigText } from '@renderer/components/sheet/paste-text';
import type { PasteSummary, SheetModel } from '@renderer/components/sheet/sheet-model';
import { cellProblemText } from '@renderer/components/sheet/cell-problem-text';
import { useI18n } from '@renderer/i18n/i18n-context';
import {
  cellClipboardText,
  cellValue,
  editFor,
  isEditableColumn,
  totalOfColumn,
  type GridColumn,
  type GridRow,
} from './grid-model';

interface Props {
  rows: GridRow[];
  columns: GridColumn[];
  /** Month names (or Q1…, H1…) of the period columns. */
  periodLabels: string[];
  totals: number[];
  onEdits: (edits: TargetEdit[], label: 'edit' | 'paste' | 'reset', summary?: PasteSummary) => void;
  onProblem: (message: string) => void;
}

/** The member × month plan grid; Delete or a row's button hands own targets back. */
export function PlanGrid({ rows, columns, periodLabels, totals, onEdits, onProblem }: Props) {
  const { t, locale, language, currency } = useI18n();
  const model = useMemo<SheetModel<GridRow, GridColumn, TargetEdit>>(
    () => ({
      rowKey: (row) => row.target.memberId,
      rowName: (row) => row.name,
      rowEditable: (row) => row.editable,
      isEditable: isEditableColumn,
      value: cellValue,
      format: (value, column) =>
        column.kind === 'newPct' ? `${value} %` : formatAmount(value, locale),
      clipboardText: (row, column) => cellClipboardText(row, column, language),
      parse: (row, column, text) => editFor(row, column, text, language),
      totalOf: totalOfColumn,
    }),
    [locale, language],
  );

  const reset = (top: number, bottom = top) => {
    const own = rows.slice(top, bottom + 1).filter((row) => row.target.manual);
    if (own.some((row) => !row.editable)) onProblem(t('plans.grid.readOnly'));
    const edits = own
      .filter((row) => row.editable)
      .map((row): TargetEdit => ({ kind: 'reset', memberId: row.target.memberId }));
    if (edits.length) onEdits(edits, 'reset');
  };
  // The row header is memoised with the rows: it reaches the latest reset through a ref.
  const latestReset = useRef(reset);
  useLayoutEffect(() => {
    latestReset.current = reset;
  });
  const rowHeader = useCallback(
    (row: GridRow, rowIndex: number) => (
      <>
        {row.name}
        {row.target.manual && <span className="badge badge-own">{t('plans.grid.own')}</span>}
        {row.target.manual && row.editable && (
          <button
            type="button"
            className="button-quiet row-reset"
            tabIndex={-1}
            onClick={() => latestReset.current(rowIndex)}
          >
            {t('plans.grid.resetOwn')}
          </button>
        )}
        {row.rampCents > 0 && (
          <span className="badge badge-ramp">
            {t('plans.grid.ramp', { amount: formatMoney(row.rampCents, locale, currency) })}
          </span>
        )}
      </>
    ),
    [t, locale, currency],
  );

  const texts: SheetTexts = {
    label: t('plans.grid'),
    help: t('plans.grid.help'),
    rowsHeader: t('plans.grid.member'),
    totalsHeader: t('plans.grid.teamTotal'),
    invalid: (value, problem) => cellProblemText(t, locale, value, problem),
    readOnly: t('plans.grid.readOnly'),
    pasteNothing: t('plans.grid.pasteNothing'),
    pasteTooBig: (size) => pasteTooBigText(t, size),
  };
  const columnHeader = (column: GridColumn) =>
    column.kind === 'month' || column.kind === 'quarter' || column.kind === 'half'
      ? periodLabels[column.index]!
      : t(
          column.kind === 'year'
            ? 'plans.grid.total'
            : column.kind === 'newPct'
              ? 'plans.grid.newPct'
              : column.kind === 'new'
                ? 'plans.grid.new'
                : 'plans.grid.existing',
        );

  return (
    <SheetGrid
      idPrefix="plan-cell"
      rows={rows}
      columns={columns}
      model={model}
      rowHeader={rowHeader}
      columnHeader={columnHeader}
      totals={columns.map((column, c) => (column.kind === 'newPct' ? null : totals[c]!))}
      texts={texts}
      onEdits={onEdits}
      onClear={(top, bottom) => reset(top, bottom)}
      onProblem={onProblem}
    />
  );
}
