import { CUSTOMER_STATUSES, SEGMENTS } from '../../domain/account';
import { LEVELS } from '../../domain/team-member';
import type { ImportKind } from './import-kinds';
import { valueKey } from './value-words';

/**
 * The user's answers to "your file says → the app's value", per field: for values no word
 * table places (a company's own codes, "Top-Kunde"). Remembered per kind like the columns.
 */
export type ValueMapping = Record<string, Record<string, string>>;

/** The choice fields of each kind and the app's values for them. */
export const CHOICE_FIELDS: Record<ImportKind, Record<string, readonly string[]>> = {
  accounts: { status: CUSTOMER_STATUSES, segment: SEGMENTS, strategic: ['yes', 'no'] },
  members: { level: LEVELS },
  territories: {},
  actuals: {},
};

/** The problems that mean "a value the app cannot place" (answered in the value step). */
export const UNPLACED_MESSAGES: ReadonlySet<string> = new Set([
  'import.error.status',
  'import.error.segment',
  'import.error.level',
  'import.error.yesNo',
]);

/** A value of the file no word table placed, and on how many rows it stands. */
export interface Unplaced {
  field: string;
  value: string;
  rows: number;
}

/** The app's value the user chose for what the file says, if any. */
export function mappedValue(
  values: ValueMapping | undefined,
  field: string,
  written: string,
): string | undefined {
  return values?.[field]?.[valueKey(written)];
}

/** Keeps only answers that name an app value of a choice field of this kind. */
export function cleanValueMapping(kind: ImportKind, stored: unknown): ValueMapping {
  const result: ValueMapping = {};
  if (!stored || typeof stored !== 'object') return result;
  for (const [field, choices] of Object.entries(CHOICE_FIELDS[kind])) {
    const answers = (stored as Record<string, unknown>)[field];
    if (!answers || typeof answers !== 'object') continue;
    for (const [written, value] of Object.entries(answers as Record<string, unknown>))
      if (typeof value === 'string' && choices.includes(value))
        (result[field] ??= {})[valueKey(written)] = value;
  }
  return result;
}
