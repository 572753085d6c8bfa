import {
  keyOf,
  stringKey,
  TABLE_NAMES,
  type ChangeOp,
  type Row,
  type TableName,
  type WorkspaceTables,
} from '@shared/persistence/tables';

/** The durable copy of the workspace held by main: the last snapshot plus the journal. */
export class WorkspaceState {
  private readonly tables = new Map<TableName, Map<string, Row>>();

  constructor(initial?: WorkspaceTables) {
    for (const name of TABLE_NAMES) {
      const rows = new Map<string, Row>();
      for (const row of initial?.[name] ?? []) rows.set(keyOf(name, row), row);
      this.tables.set(name, rows);
    }
  }

  apply(ops: readonly ChangeOp[]): void {
    for (const op of ops) {
      const rows = this.tables.get(op.table)!;
      if (op.type === 'put') for (const row of op.rows) rows.set(keyOf(op.table, row), row);
      else if (op.type === 'delete') for (const key of op.keys) rows.delete(stringKey(key));
      else rows.clear();
    }
  }

  /** The rows of one table, without copying them into an array. */
  rowsOf(name: TableName): Iterable<Row> {
    return this.tables.get(name)!.values();
  }

  toTables(): WorkspaceTables {
    return Object.fromEntries(
      TABLE_NAMES.map((name) => [name, [...this.tables.get(name)!.values()]]),
    ) as unknown as WorkspaceTables;
  }

  counts(): Record<TableName, number> {
    return Object.fromEntries(
      TABLE_NAMES.map((name) => [name, this.tables.get(name)!.size]),
    ) as Record<TableName, number>;
  }

  isEmpty(): boolean {
    return TABLE_NAMES.every((name) => this.tables.get(name)!.size === 0);
  }
}
