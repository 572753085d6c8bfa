import { memo } from 'react';
import { cellValue, isEditableColumn, type GridColumn, type GridRow } from './grid-model';

interface LineProps {
  rowIndex: number;
  row: GridRow;
  columns: GridColumn[];
  format: (value: number, column: GridColumn) => string;
  activeCol: number;
  selected: [number, number] | null;
  editing: string | null;
  ownLabel: string;
  resetLabel: string;
  rampLabel: (cents: number) => string;
  handlers: LineHandlers;
}

export interface LineHandlers {
  pick: (row: number, col: number, extend: boolean) => void;
  startEditing: () => void;
  editText: (text: string) => void;
  commit: (text: string, then: 'down' | 'right' | 'stay') => void;
  reset: (row: number) => void;
  cancel: () => void;
}

/** One member's row; memoised so an edit repaints only the rows whose numbers changed. */
export const GridLine = memo(function GridLine(props: LineProps) {
  const { rowIndex, row, columns, format, activeCol, selected, editing, handlers } = props;
  return (
    <tr role="row" aria-rowindex={rowIndex + 2} className={row.editable ? '' : 'locked'}>
      <th role="rowheader" scope="row">
        {row.name}
        {row.target.manual && <span className="badge badge-own">{props.ownLabel}</span>}
        {row.target.manual && row.editable && (
          <button
            type="button"
            className="button-quiet row-reset"
            tabIndex={-1}
            onClick={() => handlers.reset(rowIndex)}
          >
            {props.resetLabel}
          </button>
        )}
        {row.rampCents > 0 && (
          <span className="badge badge-ramp">{props.rampLabel(row.rampCents)}</span>
        )}
      </th>
      {columns.map((column, c) => {
        const isActive = c === activeCol;
        const inRange = selected && c >= selected[0] && c <= selected[1];
        return (
          <td
            key={c}
            id={`plan-cell-${rowIndex}-${c}`}
            role="gridcell"
            aria-selected={inRange ? true : undefined}
            aria-readonly={!row.editable || !isEditableColumn(column) || undefined}
            className={`numeric${isActive ? ' active-cell' : ''}${inRange ? ' in-range' : ''}`}
            onMouseDown={(e) => handlers.pick(rowIndex, c, e.shiftKey)}
            onDoubleClick={handlers.startEditing}
          >
            {isActive && editing !== null ? (
              <input
                className="cell-input"
                autoFocus
                aria-label={row.name}
                value={editing}
                onChange={(e) => handlers.editText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === 'Tab') {
                    e.preventDefault();
                    handlers.commit(editing, e.key === 'Enter' ? 'down' : 'right');
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    handlers.cancel();
                  }
                }}
                onBlur={() => handlers.commit(editing, 'stay')}
              />
            ) : (
              format(cellValue(row, column), column)
            )}
          </td>
        );
      })}
    </tr>
  );
});
