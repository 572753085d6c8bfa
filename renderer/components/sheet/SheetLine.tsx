import { memo, type ReactNode } from 'react';
import type { SheetModel } from './sheet-model';

export interface LineHandlers {
  pick: (row: number, col: number, extend: boolean) => void;
  startEditing: () => void;
  editText: (text: string) => void;
  commit: (text: string, then: 'down' | 'right' | 'stay') => void;
  cancel: () => void;
}

interface LineProps<R, C> {
  idPrefix: string;
  rowIndex: number;
  row: R;
  columns: readonly C[];
  model: SheetModel<R, C, unknown>;
  header: (row: R, rowIndex: number) => ReactNode;
  activeCol: number;
  selected: [number, number] | null;
  editing: string | null;
  handlers: LineHandlers;
}

/** One row; memoised so an edit repaints only the rows whose numbers changed. */
function SheetLineInner<R, C>(props: LineProps<R, C>) {
  const { idPrefix, rowIndex, row, columns, model, activeCol, selected, editing, handlers } = props;
  const rowEditable = model.rowEditable(row);
  return (
    <tr role="row" aria-rowindex={rowIndex + 2} className={rowEditable ? '' : 'locked'}>
      <th role="rowheader" scope="row">
        {props.header(row, rowIndex)}
      </th>
      {columns.map((column, c) => {
        const isActive = c === activeCol;
        const inRange = selected && c >= selected[0] && c <= selected[1];
        return (
          <td
            key={c}
            id={`${idPrefix}-${rowIndex}-${c}`}
            role="gridcell"
            aria-selected={inRange ? true : undefined}
            aria-readonly={!rowEditable || !model.isEditable(column) || undefined}
            className={`numeric${isActive ? ' active-cell' : ''}${inRange ? ' in-range' : ''}`}
            onMouseDown={(e) => handlers.pick(rowIndex, c, e.shiftKey)}
            onDoubleClick={handlers.startEditing}
          >
            {isActive && editing !== null ? (
              <input
                className="cell-input"
                autoFocus
                aria-label={model.rowName(row)}
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
              model.format(model.value(row, column), column)
            )}
          </td>
        );
      })}
    </tr>
  );
}

export const SheetLine = memo(SheetLineInner) as typeof SheetLineInner;
