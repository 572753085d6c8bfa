import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { formatAmount, formatMoney } from '../../../shared/format/intl';
import { parseTsv, toTsv } from '../../../shared/format/tsv';
import type { TargetEdit } from '../../../shared/planning/plan-model';
import { useI18n } from '../../i18n/i18n-context';
import {
  cellClipboardText,
  editFor,
  isEditableColumn,
  pasteEdits,
  rangeOf,
  type GridColumn,
  type GridRow,
} from './grid-model';
import { GridLine, type LineHandlers } from './PlanGridLine';

interface Props {
  rows: GridRow[];
  columns: GridColumn[];
  /** Month names (or Q1…, H1…) of the period columns. */
  periodLabels: string[];
  totals: number[];
  onEdits: (edits: TargetEdit[], label: 'edit' | 'paste' | 'reset') => void;
  onProblem: (message: string) => void;
}

const PAGE = 15;

/** The member × month grid: spreadsheet-like keyboard editing, range copy and paste. */
export function PlanGrid({ rows, columns, periodLabels, totals, onEdits, onProblem }: Props) {
  const { t, locale, language } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [anchor, setAnchor] = useState({ row: 0, col: 0 });
  const [editing, setEditingState] = useState<string | null>(null);
  // Focusing the grid blurs the editor, which commits too: the ref makes that a no-op.
  const editingRef = useRef<string | null>(null);
  const setEditing = (text: string | null) => {
    editingRef.current = text;
    setEditingState(text);
  };
  // TanStack Virtual keeps its own state; the compiler cannot memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 37,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const range = rangeOf(anchor, active);
  const rampLabel = useCallback(
    (cents: number) => t('plans.grid.ramp', { amount: formatMoney(cents, locale) }),
    [t, locale],
  );
  const format = useCallback(
    (value: number, column: GridColumn) =>
      column.kind === 'newPct' ? `${value} %` : formatAmount(value, locale),
    [locale],
  );

  // Scrolls only when the row is not already in view, judged from the virtualizer's cached
  // offsets: asking the browser would force a layout on every arrow key.
  const ensureVisible = (row: number) => {
    const item = virtualizer.measurementsCache[row];
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    // Rows scroll under the sticky header; the header and the totals row take 80 px of view.
    if (item && height && item.start >= top && item.end <= top + height - 80) return;
    virtualizer.scrollToIndex(row);
  };

  // Back to the grid when an edit ends, after React has removed the editor: focusing before
  // that forces a second style and layout pass.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (editing === null && lost) gridRef.current?.focus({ preventScroll: true });
  }, [editing]);

  const move = (row: number, col: number, extend: boolean) => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, row)),
      col: Math.max(0, Math.min(columns.length - 1, col)),
    };
    setActive(next);
    if (!extend) setAnchor(next);
    ensureVisible(next.row);
  };

  const commit = (text: string, then: 'down' | 'right' | 'stay') => {
    if (editingRef.current === null) return;
    setEditing(null);
    const row = rows[active.row];
    const column = columns[active.col];
    if (!row || !column) return;
    const parsed = editFor(row, column, text, language);
    if (!parsed.ok) {
      onProblem(t('plans.grid.invalid', { value: parsed.text }));
      return;
    }
    if (parsed.edit) onEdits([parsed.edit], 'edit');
    if (then === 'down') move(active.row + 1, active.col, false);
    if (then === 'right') move(active.row, active.col + 1, false);
  };

  const startEditing = (initial: string | null) => {
    const row = rows[active.row];
    const column = columns[active.col];
    if (!row || !column) return;
    if (!row.editable || !isEditableColumn(column)) {
      onProblem(t('plans.grid.readOnly'));
      return;
    }
    setEditing(initial ?? cellClipboardText(row, column, language));
  };

  // Rows get stable callbacks (reading the latest state through a ref), so memo() lets an
  // edit repaint only the rows whose numbers changed.
  // Delete (for the selected rows) or a row's button hands members' own targets back to the
  // allocation.
  const reset = (top: number, bottom = top) => {
    const own = rows.slice(top, bottom + 1).filter((row) => row.target.manual);
    if (own.some((row) => !row.editable)) onProblem(t('plans.grid.readOnly'));
    const edits = own
      .filter((row) => row.editable)
      .map((row): TargetEdit => ({ kind: 'reset', memberId: row.target.memberId }));
    if (edits.length) onEdits(edits, 'reset');
  };
  const latest = useRef({ move, commit, startEditing, setEditing, reset });
  latest.current = { move, commit, startEditing, setEditing, reset };
  const handlers = useMemo<LineHandlers>(
    () => ({
      pick: (row, col, extend) => latest.current.move(row, col, extend),
      startEditing: () => latest.current.startEditing(null),
      editText: (text) => latest.current.setEditing(text),
      commit: (text, then) => latest.current.commit(text, then),
      reset: (row) => latest.current.reset(row),
      cancel: () => {
        latest.current.setEditing(null);
      },
    }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    const { row, col } = active;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(row + 1, col, e.shiftKey),
      ArrowUp: () => move(row - 1, col, e.shiftKey),
      ArrowRight: () => move(row, col + 1, e.shiftKey),
      ArrowLeft: () => move(row, col - 1, e.shiftKey),
      PageDown: () => move(row + PAGE, col, e.shiftKey),
      PageUp: () => move(row - PAGE, col, e.shiftKey),
      Home: () => move(e.ctrlKey ? 0 : row, 0, e.shiftKey),
      End: () => move(e.ctrlKey ? rows.length - 1 : row, columns.length - 1, e.shiftKey),
      Tab: () => move(row, col + (e.shiftKey ? -1 : 1), false),
      Enter: () => startEditing(null),
      F2: () => startEditing(null),
      Delete: () => reset(range.top, range.bottom),
    };
    const action = keys[e.key];
    if (action && !(e.key === 'Tab' && col === (e.shiftKey ? 0 : columns.length - 1))) {
      e.preventDefault();
      action();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEditing(e.key);
    }
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    e.preventDefault();
    const cells: string[][] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const line: string[] = [];
      for (let c = range.left; c <= range.right; c += 1)
        line.push(cellClipboardText(rows[r]!, columns[c]!, language));
      cells.push(line);
    }
    e.clipboardData.setData('text/plain', toTsv(cells));
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    e.preventDefault();
    const cells = parseTsv(e.clipboardData.getData('text/plain'));
    const at = { row: range.top, col: range.left };
    const result = pasteEdits(rows, columns, at, cells, language);
    if (!result.ok) onProblem(t('plans.grid.invalid', { value: result.text }));
    else if (result.edits.length === 0) onProblem(t('plans.grid.pasteNothing'));
    else onEdits(result.edits, 'paste');
  };

  const header = (column: GridColumn) =>
    column.kind === 'month' || column.kind === 'quarter' || column.kind === 'half'
      ? periodLabels[column.index]
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
    <div className="plan-grid-wrap">
      <p className="hint" id="plan-grid-help">
        {t('plans.grid.help')}
      </p>
      <div className="table-scroll plan-grid-scroll" ref={scrollRef} data-testid="plan-grid-scroll">
        <div
          ref={gridRef}
          role="grid"
          tabIndex={0}
          aria-label={t('plans.grid')}
          aria-describedby="plan-grid-help"
          aria-rowcount={rows.length + 2}
          aria-activedescendant={`plan-cell-${active.row}-${active.col}`}
          className="plan-grid"
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onPaste={onPaste}
        >
          <table className="data-table" role="presentation">
            <thead>
              <tr role="row">
                <th role="columnheader">{t('plans.grid.member')}</th>
                {columns.map((column, c) => (
                  <th role="columnheader" key={c} className="numeric">
                    {header(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {items.map((item) => (
                <GridLine
                  key={rows[item.index]!.target.memberId}
                  rowIndex={item.index}
                  row={rows[item.index]!}
                  columns={columns}
                  format={format}
                  activeCol={active.row === item.index ? active.col : -1}
                  selected={
                    item.index >= range.top && item.index <= range.bottom
                      ? [range.left, range.right]
                      : null
                  }
                  editing={active.row === item.index ? editing : null}
                  ownLabel={t('plans.grid.own')}
                  resetLabel={t('plans.grid.resetOwn')}
                  rampLabel={rampLabel}
                  handlers={handlers}
                />
              ))}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
            <tfoot>
              <tr role="row" className="plan-grid-total">
                <th role="rowheader">{t('plans.grid.teamTotal')}</th>
                {columns.map((column, c) => (
                  <td role="gridcell" key={c} className="numeric">
                    {column.kind === 'newPct' ? '' : formatAmount(totals[c]!, locale)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </div>
  );
}
