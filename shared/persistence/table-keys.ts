// Without the schemas of tables.ts: this file also goes into the team server's validation script.

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

export type RowKey = string | number | Array<string | number>;
