import { z } from 'zod';

/**
 * Every table of the workspace and its primary key path. The renderer's Dexie schema and the
 * main process's durable copy both follow this list (a test checks they agree).
 */
export const TABLE_KEYS = {
  members: 'id',
  accounts: 'id',
  territories: 'id',
  plans: 'id',
  planTargets: ['planId', 'memberId'],
  actuals: ['memberId', 'month'],
  approvals: 'id',
  settings: 'key',
  meta: 'key',
  scenarios: 'id',
  scenarioPins: 'id',
} as const satisfies Record<string, string | readonly string[]>;

export type TableName = keyof typeof TABLE_KEYS;
export const TABLE_NAMES = Object.keys(TABLE_KEYS) as TableName[];

export type Row = Record<string, unknown>;
export type WorkspaceTables = Record<TableName, Row[]>;

const keyPart = z.union([z.string().max(2000), z.number()]);
export const rowKeySchema = z.union([keyPart, z.array(keyPart).max(8)]);
export type RowKey = z.infer<typeof rowKeySchema>;

const tableSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);
const rowSchema = z.record(z.string(), z.unknown());

/** One committed change, as the renderer journals it to disk. */
export const changeOpSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('put'),
    table: tableSchema,
    rows: z.array(rowSchema).max(50_000),
  }),
  z.strictObject({
    type: z.literal('delete'),
    table: tableSchema,
    keys: z.array(rowKeySchema).max(50_000),
  }),
  z.strictObject({ type: z.literal('clear'), table: tableSchema }),
]);
export type ChangeOp = z.infer<typeof changeOpSchema>;

/** The primary key of a row, as a string usable in a Map (compound keys as JSON). */
export function keyOf(table: TableName, row: Row): string {
  const path = TABLE_KEYS[table];
  if (typeof path === 'string') return stringKey(row[path] as RowKey);
  return stringKey(path.map((part) => row[part]) as RowKey);
}

export function stringKey(key: RowKey): string {
  return typeof key === 'string' ? `s:${key}` : JSON.stringify(key);
}

export function emptyTables(): WorkspaceTables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as WorkspaceTables;
}

export function countRows(tables: WorkspaceTables): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) as Record<
    TableName,
    number
  >;
}
