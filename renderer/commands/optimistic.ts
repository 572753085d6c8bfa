import type { Row, TableName } from '@shared/persistence/tables';

interface View {
  show: (rows: readonly Row[]) => void;
  reload: () => void;
  /** The rows as the view holds them (what is stored, plus writes in flight), or null. */
  current: (keys: readonly string[]) => Row[] | null;
}
const views = new Map<TableName, View>();

/**
 * A view that holds a table in memory (the 250,000 accounts) shows rows a command writes at
 * once, before the transaction commits; if the transaction then fails, it reloads what is stored.
 */
export function registerOptimistic(table: TableName, view: View): void {
  views.set(table, view);
}

/** True when a view showed them (and something is worth painting before the write). */
export function showOptimistically(table: TableName, rows: readonly Row[]): boolean {
  const view = views.get(table);
  view?.show(rows);
  return view !== undefined;
}

export function reloadAfterFailure(tables: readonly TableName[]): void {
  for (const table of tables) views.get(table)?.reload();
}

/**
 * The rows as stored, from a view that holds them all (null when none does or one is missing):
 * spares reading back thousands of rows the window already has.
 */
export function currentFromView(table: TableName, keys: readonly string[]): Row[] | null {
  return views.get(table)?.current(keys) ?? null;
}
