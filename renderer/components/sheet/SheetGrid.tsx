import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { parseTsv, toTsv } from '@shared/format/tsv';
import {
  pasteEdits,
  rangeOf,
  type CellProblem,
  type PasteSize,
  type PasteSummary,
  type SheetModel,
} from './sheet-model';
import { SheetLine, type LineHandlers } from './SheetLine';

export interface SheetTexts {
  /** The grid's accessible name and the keyboard help shown above it. */
  label: string;
  help: string;
  rowsHeader: string;
  totalsHeader: string;
  invalid: (text: string, problem?: CellProblem) => string;
  readOnly: string;
  pasteNothing: string;
  /** The block does not fit from the chosen cell. */
  pasteTooBig: (size: PasteSize) => string;
}

interface Props<R, C, E> {
  /** Prefix of the cells' element ids (unique per grid on a screen). */
  idPrefix: string;
  rows: readonly R[];
  columns: readonly C[];
  model: SheetModel<R, C, E>;
  /** What the row header shows; must be a stable function (rows are memoised). */
  rowHeader: (row: R, rowIndex: number) => ReactNode;
  columnHeader: (column: C) => string;
  /** The totals row; null leaves a column's total empty. */
  totals: readonly (number | null)[];
  texts: SheetTexts;
  /** `summary`: for a paste, what was pasted and what was left out. */
  onEdits: (edits: E[], label: 'edit' | 'paste', summary?: PasteSummary) => void;
  /** Delete on the selected rows (top…bottom); absent: Delete does nothing. */
  onClear?: (top: number, bottom: number, left: number, right: number) => void;
  onProblem: (message: string) => void;
}

const PAGE = 15;

/** A rows × numbers grid that works like a spreadsheet: keyboard editing, range copy and paste. */
export function SheetGrid<R, C, E>(props: Props<R, C, E>) {
  const { idPrefix, rows, columns, model, texts, onEdits, onProblem } = props;
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
    const row = rows[active.row];
    const column = columns[active.col];
    if (row === undefined || column === undefined) return setEditing(null);
    const parsed = model.parse(row, column, text);
    if (!parsed.ok) {
      // The cell stays open with what was typed: nothing is lost, the message says why.
      onProblem(texts.invalid(parsed.text, parsed.problem));
      return;
    }
    setEditing(null);
    if (parsed.edit) onEdits([parsed.edit], 'edit');
    if (then === 'down') move(active.row + 1, active.col, false);
    if (then === 'right') move(active.row, active.col + 1, false);
  };

  const startEditing = (initial: string | null) => {
    const row = rows[active.row];
    const column = columns[active.col];
    if (row === undefined || column === undefined) return;
    if (!model.rowEditable(row) || !model.isEditable(column)) {
      onProblem(texts.readOnly);
      return;
    }
    setEditing(initial ?? model.clipboardText(row, column));
  };

  // Rows get stable callbacks (reading the latest state through a ref), so memo() lets an
  // edit repaint only the rows whose numbers changed.
  const latest = useRef({ move, commit, startEditing, setEditing });
  latest.current = { move, commit, startEditing, setEditing };
  const handlers = useMemo<LineHandlers>(
    () => ({
      pick: (row, col, extend) => latest.current.move(row, col, extend),
      startEditing: () => latest.current.startEditing(null),
      editText: (text) => latest.current.setEditing(text),
      commit: (text, then) => latest.current.commit(text, then),
      cancel: () => latest.current.setEditing(null),
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
      Delete: () => props.onClear?.(range.top, range.bottom, range.left, range.right),
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
        line.push(model.clipboardText(rows[r]!, columns[c]!));
      cells.push(line);
    }
    e.clipboardData.setData('text/plain', toTsv(cells));
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing !== null) return;
    e.preventDefault();
    const cells = parseTsv(e.clipboardData.getData('text/plain'));
    const at = { row: range.top, col: range.left };
    const result = pasteEdits(rows, columns, at, cells, model);
    if (result.kind === 'invalid') onProblem(texts.invalid(result.text, result.problem));
    else if (result.kind === 'too-big') onProblem(texts.pasteTooBig(result));
    else if (result.edits.length === 0) onProblem(texts.pasteNothing);
    else onEdits(result.edits, 'paste', result.summary);
  };

  const helpId = `${idPrefix}-help`;
  return (
    <div className="plan-grid-wrap">
      <p className="hint" id={helpId}>
        {texts.help}
      </p>
      <div
        className="table-scroll plan-grid-scroll"
        ref={scrollRef}
        data-testid={`${idPrefix}-scroll`}
      >
        <div
          ref={gridRef}
          role="grid"
          tabIndex={0}
          aria-label={texts.label}
          aria-describedby={helpId}
          aria-rowcount={rows.length + 2}
          aria-activedescendant={`${idPrefix}-${active.row}-${active.col}`}
          className="plan-grid"
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onPaste={onPaste}
        >
          <table className="data-table" role="presentation">
            <thead>
              <tr role="row">
                <th role="columnheader">{texts.rowsHeader}</th>
                {columns.map((column, c) => (
                  <th role="columnheader" key={c} className="numeric">
                    {props.columnHeader(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {items.map((item) => (
                <SheetLine
                  key={model.rowKey(rows[item.index]!)}
                  idPrefix={idPrefix}
                  rowIndex={item.index}
                  row={rows[item.index]!}
                  columns={columns}
                  model={model as SheetModel<R, C, unknown>}
                  header={props.rowHeader}
                  activeCol={active.row === item.index ? active.col : -1}
                  selected={
                    item.index >= range.top && item.index <= range.bottom
                      ? [range.left, range.right]
                      : null
                  }
                  editing={active.row === item.index ? editing : null}
                  handlers={handlers}
                />
              ))}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
            <tfoot>
              <tr role="row" className="plan-grid-total">
                <th role="rowheader">{texts.totalsHeader}</th>
                {columns.map((column, c) => {
                  const total = props.totals[c];
                  return (
                    <td role="gridcell" key={c} className="numeric">
                      {total === null || total === undefined ? '' : model.format(total, column)}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </div>
  );
}
