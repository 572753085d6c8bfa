import type { ReactNode } from 'react';

export interface ChartTableRow {
  key: string;
  /** The first cell names the row (a member, a month, a level); the rest are numbers. */
  cells: ReactNode[];
}

/** A chart's table alternative: the same figures, readable and exact. */
export function ChartTable({
  headers,
  rows,
  textColumns = 1,
}: {
  headers: string[];
  rows: ChartTableRow[];
  /** How many leading columns hold text (the rest are right-aligned numbers). */
  textColumns?: number;
}) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {headers.map((header, i) => (
            <th key={header} className={i >= textColumns ? 'numeric' : undefined}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i} className={i >= textColumns ? 'numeric' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
