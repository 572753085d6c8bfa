import type { TeamConflictView } from '@shared/ipc/team-schemas';
import type { Translate } from '@shared/i18n/translate';
import { formatMoney } from '@shared/format/intl';

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

/** What changed, in the person's words: a month of a target, a field, or the whole row. */
export function fieldLabel(path: string, t: Translate): string {
  const month = /^monthlyCents\.(\d+)$/.exec(path);
  if (month) return t('teamServer.conflict.month', { n: Number(month[1]) + 1 });
  return path === '' ? t('teamServer.conflict.whole') : path;
}

/** A value as the person reads it: money fields as money, a deleted row as "deleted". */
export function valueText(
  value: unknown,
  path: string,
  t: Translate,
  locale: string,
  currency: string,
): string {
  if (value === null || value === undefined) return t('teamServer.conflict.deleted');
  if (typeof value === 'number' && /cents/i.test(path)) return formatMoney(value, locale, currency);
  if (typeof value === 'object') return t('teamServer.conflict.otherValues');
  return String(value);
}

/** The row's name where it has one, else its key from the document id. */
export function rowLabel(conflict: TeamConflictView): string {
  const row = conflict.versions.find((v) => v.row)?.row;
  const name = row?.name;
  if (typeof name === 'string' && name) return name;
  return decodeURIComponent(conflict.id.slice(conflict.id.indexOf(':') + 1).replaceAll(':', ' · '));
}
