import type { ImportKind } from '@shared/csv/import/import-kinds';
import { cleanValueMapping, type ValueMapping } from '@shared/csv/import/value-mapping';
import { db } from '@renderer/db/db';
import { runCommand } from '@renderer/commands/run-command';
import { settingCommand } from '@renderer/commands/setting-command';

const keyOf = (kind: ImportKind) => `importMapping.${kind}`;

/** The column names last mapped for this kind of import (field → column name). */
export async function loadRememberedMapping(kind: ImportKind): Promise<Record<string, string>> {
  const row = await db.settings.get(keyOf(kind));
  const value = row?.value;
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

export async function rememberMapping(kind: ImportKind, names: Partial<Record<string, string>>) {
  await runCommand(settingCommand(keyOf(kind), names));
}

const valuesKeyOf = (kind: ImportKind) => `importValues.${kind}`;

/** The answers last given in the value step for this kind (file value → app value, by field). */
export async function loadRememberedValues(kind: ImportKind): Promise<ValueMapping> {
  const row = await db.settings.get(valuesKeyOf(kind));
  return cleanValueMapping(kind, row?.value);
}

export async function rememberValues(kind: ImportKind, values: ValueMapping) {
  await runCommand(settingCommand(valuesKeyOf(kind), values));
}
