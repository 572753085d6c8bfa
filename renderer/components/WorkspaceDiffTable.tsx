import type { TableName } from '@shared/persistence/tables';
import { useT } from '@renderer/i18n/i18n-context';

/** One table's part of a comparison of two workspaces. */
export interface WorkspaceDiffRow {
  table: TableName;
  added: number;
  changed: number;
  removed: number;
}

/**
 * What taking another workspace would change, per table (a file to import, the team's workspace
 * to join), under the caller's column headings.
 */
export function WorkspaceDiffTable({
  rows,
  labelledBy,
  headings,
}: {
  rows: readonly WorkspaceDiffRow[];
  labelledBy: string;
  headings: { table: string; added: string; changed: string; removed: string };
}) {
  const t = useT();
  return (
    <table className="data-table compact" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{headings.table}</th>
          <th scope="col" className="numeric">
            {headings.added}
          </th>
          <th scope="col" className="numeric">
            {headings.changed}
          </th>
          <th scope="col" className="numeric">
            {headings.removed}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.table}>
            <th scope="row">{t(`table.${row.table}`)}</th>
            <td className="numeric">{row.added}</td>
            <td className="numeric">{row.changed}</td>
            <td className="numeric">{row.removed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
