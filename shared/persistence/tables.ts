import { z } from 'zod';
import {
  TABLE_KEYS,
  TABLE_NAMES,
  type Row,
  type RowKey,
  type TableName,
  type WorkspaceTables,
} from './table-keys';

export { TABLE_KEYS, TABLE_NAMES } from './table-keys';
export type { Row, RowKey, TableName, WorkspaceTables } from './table-keys';

const keyPart = z.union([z.string().max(2000), z.number()]);
export const rowKeySchema = z.union([keyPart, z.array(keyPart).max(8)]);

const tableSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);

/** The longest text a single value may hold (a note, a list of ids); more is an attack or a bug. */
export const MAX_STRING_CHARS = 1_000_000;

/**
 * Why a value would not come back from disk as it was sent, or null when it would: only
 * JSON values (no BigInt, Map, Set, Date, NaN, functions, cycles) and no text over the cap.
 * Walked by hand: it runs on every row that crosses IPC, and a schema per value is too slow.
 */
export function jsonProblem(value: unknown, depth = 0): string | null {
  if (depth > 32) return 'nested too deeply';
  switch (typeof value) {
    case 'string':
      return value.length > MAX_STRING_CHARS ? 'text too long' : null;
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : 'not a finite number';
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item === undefined) return 'undefined in a list';
          const problem = jsonProblem(item, depth + 1);
          if (problem) return problem;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return 'not plain data';
      for (const item of Object.values(value)) {
        if (item === undefined) continue; // dropped on both sides alike
        const problem = jsonProblem(item, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return `a ${typeof value} value`;
  }
}

const rowSchema = z.custom<Record<string, unknown>>(
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && !jsonProblem(value),
  { message: 'Rows must be plain JSON data' },
);

/** Why a row lacks a usable primary key, or null. */
export function keyProblem(table: TableName, row: Record<string, unknown>): string | null {
  const path = TABLE_KEYS[table];
  const parts = typeof path === 'string' ? [path] : path;
  for (const part of parts) {
    const value = row[part];
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      return `row without its key ${part}`;
    }
  }
  return null;
}

/**
 * Where a change came from: absent for this laptop's own, 'team' for one that arrived from the
 * team server (kept on disk like any other, never sent back to the team as this laptop's).
 */
const originSchema = z.literal('team').optional();

/** One committed change, as the renderer journals it to disk. */
export const changeOpSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('put'),
      table: tableSchema,
      rows: z.array(rowSchema).max(50_000),
      origin: originSchema,
    })
    .check((ctx) => {
      const { table, rows } = ctx.value;
      for (let i = 0; i < rows.length; i += 1) {
        const problem = keyProblem(table, rows[i]!);
        if (problem) {
          ctx.issues.push({ code: 'custom', message: problem, input: rows[i], path: ['rows', i] });
          return;
        }
      }
    }),
  z.strictObject({
    type: z.literal('delete'),
    table: tableSchema,
    keys: z.array(rowKeySchema).max(50_000),
    origin: originSchema,
  }),
  z.strictObject({ type: z.literal('clear'), table: tableSchema, origin: originSchema }),
]);
export type ChangeOp = z.infer<typeof changeOpSchema>;

/** How many rows or keys an op carries (a clear counts one). */
export const weightOf = (op: ChangeOp) =>
  op.type === 'put' ? op.rows.length : op.type === 'delete' ? op.keys.length : 1;

/**
 * How far the renderer's outbox has reached the disk: every entry before `seq`, and the first
 * `rows` rows (or keys) of entry `seq`. Kept with each journal entry so that, after a crash
 * between main's write and the renderer's bookkeeping, the renderer knows what to send again.
 */
export const outboxCursorSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});
export type OutboxCursor = z.infer<typeof outboxCursorSchema>;

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
