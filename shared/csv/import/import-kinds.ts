import type { TeamMember } from '../../domain/team-member';
import type { Actor } from '../../commands/policy';
import { ACCOUNT_FIELDS, convertAccounts } from './account-import';
import { ACTUAL_FIELDS, convertActuals } from './actual-import';
import type { ColumnMapping, ImportField } from './column-mapping';
import type { ChunkState, Converted } from './import-result';
import { convertMembers, MEMBER_FIELDS } from './member-import';
import { convertTerritories, TERRITORY_FIELDS } from './territory-import';
import type { NumberStyle } from './values';
import type { ValueMapping } from './value-mapping';
import type { AccountIdentity } from './account-identity';

export const IMPORT_KINDS = ['accounts', 'members', 'territories', 'actuals'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FIELDS: Record<ImportKind, ReadonlyArray<ImportField>> = {
  accounts: ACCOUNT_FIELDS,
  members: MEMBER_FIELDS,
  territories: TERRITORY_FIELDS,
  actuals: ACTUAL_FIELDS,
};

export interface ConvertContext {
  style: NumberStyle;
  team: readonly TeamMember[];
  today: string;
  /** Who imports: rows they may not write (others' actuals) are problems of their line. */
  actor?: Actor;
  /** The user's answers for values no word table places (field → file value → app value). */
  values?: ValueMapping;
  /** Accounts without a number column: find known ones by name + postal code, number the rest. */
  identity?: AccountIdentity;
}

/** One entry point for every kind: the worker and the preview call the same conversion. */
export function convertRows(
  kind: ImportKind,
  rows: readonly string[][],
  mapping: ColumnMapping,
  context: ConvertContext,
): Converted<unknown> {
  switch (kind) {
    case 'accounts':
      return convertAccounts(
        rows,
        mapping,
        context.style,
        undefined,
        context.values,
        context.identity,
      );
    case 'members':
      return convertMembers(
        rows,
        mapping,
        context.style,
        context.team,
        context.today,
        undefined,
        context.values,
      );
    case 'territories':
      return convertTerritories(rows, mapping, context.team);
    case 'actuals':
      return convertActuals(rows, mapping, context.style, context.team, undefined, context.actor);
  }
}

/** Kinds whose rows convert chunk by chunk (the big ones); the others need the whole file. */
export const CHUNKED_KINDS: ReadonlySet<ImportKind> = new Set(['accounts', 'actuals']);

/** Converts one chunk of a chunked kind, continuing `state` from the chunks before. */
export function convertChunk(
  kind: ImportKind,
  rows: readonly string[][],
  mapping: ColumnMapping,
  context: ConvertContext,
  state: ChunkState,
): Converted<unknown> {
  if (kind === 'accounts')
    return convertAccounts(rows, mapping, context.style, state, context.values, context.identity);
  if (kind === 'actuals')
    return convertActuals(rows, mapping, context.style, context.team, state, context.actor);
  throw new Error(`${kind} is not converted in chunks`);
}

/** Required fields the mapping leaves without a column (numbers made count as a column). */
export function missingRequired(
  kind: ImportKind,
  mapping: ColumnMapping,
  makeNumbers = false,
): string[] {
  return IMPORT_FIELDS[kind]
    .filter((f) => f.required && mapping[f.key] == null)
    .filter((f) => !(makeNumbers && kind === 'accounts' && f.key === 'externalId'))
    .map((f) => f.key);
}
