import { isPersonalSetting } from '../commands/policy';
import { TABLE_KEYS, type Row, type RowKey, type TableName } from '../persistence/table-keys';

/**
 * The tables a team shares through its server. Scenarios are a person's drafts until applied
 * (then their moves arrive as accounts and approvals); meta is this machine's bookkeeping.
 */
export const TEAM_TABLES = [
  'members',
  'accounts',
  'territories',
  'plans',
  'planTargets',
  'actuals',
  'approvals',
  'settings',
] as const satisfies readonly TableName[];
export type TeamTable = (typeof TEAM_TABLES)[number];

export function isTeamTable(table: string): table is TeamTable {
  return (TEAM_TABLES as readonly string[]).includes(table);
}

/** One row as a document on the team server: `_id` is `table:key`, the row kept whole. */
export interface TeamDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  table: TeamTable;
  row: Row;
  /** Who wrote this revision (a member id; null: the team lead); the server checks it. */
  by: string | null;
  /** When, as the writer's clock had it (ISO). */
  at: string;
}

/**
 * A key part in a document id: text escaped (so `:` only separates), numbers marked with `#`
 * (which escaping never leaves bare) so `7` and `'7'` stay apart.
 */
const idPart = (part: RowKey) =>
  typeof part === 'number' ? `#${part}` : encodeURIComponent(part as string);

/** The document id of a row: its table and primary key, e.g. `actuals:M-003:2026-04`. */
export function teamDocId(table: TeamTable, row: Row): string {
  const path = TABLE_KEYS[table];
  const parts = (typeof path === 'string' ? [path] : path).map((p) => row[p] as RowKey);
  return [table, ...parts.map(idPart)].join(':');
}

/** The document id of the row a key names (a delete carries keys, not rows). */
export function teamDocIdOfKey(table: TeamTable, key: RowKey): string {
  const path = TABLE_KEYS[table];
  const parts = typeof path === 'string' ? [key] : (key as RowKey[]);
  return [table, ...parts.map(idPart)].join(':');
}

/** Whether a row is the team's (personal settings stay on the machine). */
export function isTeamRow(table: TeamTable, row: Row): boolean {
  return table !== 'settings' || !isPersonalSetting(String(row.key));
}

export function teamDocOf(table: TeamTable, row: Row, by: string | null, at: string): TeamDoc {
  return { _id: teamDocId(table, row), table, row, by, at };
}

/** The table and primary key a document id names (the inverse of `teamDocId`), or null. */
export function parseTeamDocId(id: string): { table: TeamTable; key: RowKey } | null {
  const [table, ...parts] = id.split(':');
  if (!table || !isTeamTable(table)) return null;
  const path = TABLE_KEYS[table];
  const width = typeof path === 'string' ? 1 : path.length;
  if (parts.length !== width) return null;
  try {
    const values = parts.map((p) =>
      p.startsWith('#') ? Number(p.slice(1)) : decodeURIComponent(p),
    );
    if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) return null;
    return { table, key: width === 1 ? values[0]! : values };
  } catch {
    return null; // a malformed escape
  }
}
