import { keyOf, TABLE_NAMES, type Row, type TableName, type WorkspaceTables } from './tables';

export interface TableDiff {
  added: number;
  changed: number;
  /** Rows only the current workspace has (removed by a replace, kept by a merge). */
  onlyCurrent: number;
}

/** JSON with sorted keys, so two equal rows compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function index(table: TableName, rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [keyOf(table, row), row]));
}

/** What importing `incoming` over `current` adds, changes and leaves, per table (by id). */
export function diffWorkspaces(
  current: WorkspaceTables,
  incoming: WorkspaceTables,
): Record<TableName, TableDiff> {
  const result = {} as Record<TableName, TableDiff>;
  for (const table of TABLE_NAMES) {
    const mine = index(table, current[table]);
    const theirs = index(table, incoming[table]);
    let added = 0;
    let changed = 0;
    for (const [key, row] of theirs) {
      const existing = mine.get(key);
      if (!existing) added += 1;
      else if (canonical(existing) !== canonical(row)) changed += 1;
    }
    const onlyCurrent = [...mine.keys()].filter((key) => !theirs.has(key)).length;
    result[table] = { added, changed, onlyCurrent };
  }
  return result;
}

/** Merge by id: the file's rows win, rows only the current workspace has are kept. */
export function mergeWorkspaces(
  current: WorkspaceTables,
  incoming: WorkspaceTables,
): WorkspaceTables {
  const merged = {} as WorkspaceTables;
  for (const table of TABLE_NAMES) {
    const rows = index(table, current[table]);
    for (const row of incoming[table]) rows.set(keyOf(table, row), row);
    merged[table] = [...rows.values()];
  }
  return merged;
}
