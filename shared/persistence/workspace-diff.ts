import {
  keyOf,
  TABLE_KEYS,
  TABLE_NAMES,
  type Row,
  type TableName,
  type WorkspaceTables,
} from './tables';

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

/** A row both sides have with different values: field by field, this workspace's and the file's. */
export interface RowDifference {
  table: TableName;
  key: string;
  /** The row's name where it has one, else its key. */
  label: string;
  fields: Array<{ field: string; mine: unknown; file: unknown }>;
}

/** A row as a person would name it: its name, else its key's values. */
function labelOf(table: TableName, row: Row): string {
  if (typeof row.name === 'string') return row.name;
  const path = TABLE_KEYS[table];
  return (typeof path === 'string' ? [path] : path).map((part) => String(row[part])).join(' · ');
}

/** How many differing rows the preview lists one by one (the rest are counted). */
export const LISTED_DIFFERENCES = 500;

/** The rows that differ between this workspace and the file, each with its differing fields. */
export function rowDifferences(
  current: WorkspaceTables,
  incoming: WorkspaceTables,
  limit = LISTED_DIFFERENCES,
): { listed: RowDifference[]; total: number } {
  const listed: RowDifference[] = [];
  let total = 0;
  for (const table of TABLE_NAMES) {
    if (table === 'meta') continue;
    const mine = index(table, current[table]);
    for (const row of incoming[table]) {
      const key = keyOf(table, row);
      const existing = mine.get(key);
      if (!existing || canonical(existing) === canonical(row)) continue;
      total += 1;
      if (listed.length >= limit) continue;
      const names = [...new Set([...Object.keys(existing), ...Object.keys(row)])];
      listed.push({
        table,
        key,
        label: labelOf(table, row),
        fields: names
          .filter((field) => canonical(existing[field]) !== canonical(row[field]))
          .map((field) => ({ field, mine: existing[field], file: row[field] })),
      });
    }
  }
  return { listed, total };
}

/**
 * Merge by id: the file adds the rows this workspace lacks and keeps what only this workspace
 * has. A row both have but with different values keeps this workspace's — rows carry no time of
 * change, so the file's is taken only where `takeFile` says the user chose it.
 */
export function mergeWorkspaces(
  current: WorkspaceTables,
  incoming: WorkspaceTables,
  takeFile: (table: TableName, key: string) => boolean = () => false,
): WorkspaceTables {
  const merged = {} as WorkspaceTables;
  for (const table of TABLE_NAMES) {
    const rows = index(table, current[table]);
    for (const row of incoming[table]) {
      const key = keyOf(table, row);
      if (!rows.has(key) || table === 'meta' || takeFile(table, key)) rows.set(key, row);
    }
    merged[table] = [...rows.values()];
  }
  return merged;
}
