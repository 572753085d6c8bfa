import { en, type MessageKey } from '../i18n/messages.en';
import { translateStored, type Translate } from '../i18n/translate';

/** The value at `path` (`field.index…`; '' the whole row) of a row. */
export function valueAt(row: Record<string, unknown> | null, path: string): unknown {
  if (path === '') return row;
  let value: unknown = row;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * What changed, in the person's words: a month of a target, an account's field by its column
 * name, another field by its name, or the whole row.
 */
export function fieldLabel(path: string, t: Translate, table?: string): string {
  const month = /^monthlyCents\.(\d+)$/.exec(path);
  if (month) return t('teamServer.conflict.month', { n: Number(month[1]) + 1 });
  if (path === '') return t('teamServer.conflict.whole');
  const column = `accounts.col.${path}`;
  return table === 'accounts' && Object.hasOwn(en, column)
    ? translateStored(t, column as MessageKey)
    : path;
}

/**
 * A value as the person reads it: money fields as money (in their language and currency),
 * a deleted row as "deleted".
 */
export function valueText(
  value: unknown,
  path: string,
  t: Translate,
  money: (cents: number) => string,
): string {
  if (value === null || value === undefined) return t('teamServer.conflict.deleted');
  if (typeof value === 'number' && /cents/i.test(path)) return money(value);
  if (typeof value === 'object') return t('teamServer.conflict.otherValues');
  return String(value);
}

/** The row's name where it has one, else its key from the document id. */
export function rowLabel(
  id: string,
  versions: ReadonlyArray<{ row: Record<string, unknown> | null }>,
): string {
  const name = versions.find((v) => v.row)?.row?.name;
  if (typeof name === 'string' && name) return name;
  return decodeURIComponent(id.slice(id.indexOf(':') + 1).replaceAll(':', ' · '));
}
