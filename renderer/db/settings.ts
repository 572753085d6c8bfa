import { useLiveQuery } from 'dexie-react-hooks';
import type { LanguageSetting } from '@shared/domain/workspace';
import { CURRENCIES, isExportFormat, type ExportFormat } from '@shared/csv/dialect';
import { db } from './db';
import { runCommand } from '../commands/run-command';
import { settingCommand } from '../commands/setting-command';
import { authorityProblem, DEFAULT_AUTHORITY, type AuthorityRules } from '@shared/domain/authority';
import { DEFAULT_SEGMENT_WEIGHTS, type SegmentWeights } from '@shared/territory/balance';

function isWeights(value: unknown): value is SegmentWeights {
  const v = value as Record<string, unknown> | null;
  return (
    !!v &&
    (['A', 'B', 'C'] as const).every(
      (k) => Number.isInteger(v[k]) && (v[k] as number) >= 0 && (v[k] as number) <= 365,
    )
  );
}

function isAuthority(value: unknown): value is AuthorityRules {
  const v = value as AuthorityRules | null;
  return (
    !!v &&
    typeof v === 'object' &&
    [v.junior, v.senior].every((l) => !!l && typeof l.largeAccounts === 'boolean') &&
    (v.teamLeadId === null || typeof v.teamLeadId === 'string') &&
    authorityProblem(v) === null
  );
}

export interface Settings {
  language: LanguageSetting;
  currency: string;
  /** The team member the user acts as ('' = the team lead, with a Senior's authority). */
  actingAs: string;
  /** Customer visits per year by segment: the workload in the balance. */
  segmentWeights: SegmentWeights;
  /** The format exports start with (a CSV dialect or a workbook); 'auto' follows the UI language. */
  csvDialect: ExportFormat | 'auto';
  /** Calendar month (1–12) in which the fiscal year starts. */
  fiscalYearStartMonth: number;
  /** What each level decides alone on prices and contracts, and who decides above that. */
  authority: AuthorityRules;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  currency: 'EUR',
  actingAs: '',
  segmentWeights: DEFAULT_SEGMENT_WEIGHTS,
  csvDialect: 'auto',
  fiscalYearStartMonth: 1,
  authority: DEFAULT_AUTHORITY,
};
export { CURRENCIES };

export function coerceSettings(rows: Array<{ key: string; value: unknown }>): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (key === 'language' && (value === 'auto' || value === 'de' || value === 'en')) {
      settings.language = value;
    }
    if (key === 'actingAs' && typeof value === 'string') settings.actingAs = value;
    if (key === 'csvDialect' && (value === 'auto' || isExportFormat(value)))
      settings.csvDialect = value;
    if (key === 'fiscalYearStartMonth' && Number.isInteger(value) && +value! >= 1 && +value! <= 12)
      settings.fiscalYearStartMonth = value as number;
    if (key === 'segmentWeights' && isWeights(value)) settings.segmentWeights = value;
    if (key === 'authority' && isAuthority(value)) settings.authority = value;
    if (key === 'currency' && CURRENCIES.includes(value as (typeof CURRENCIES)[number])) {
      settings.currency = value as string;
    }
  }
  return settings;
}

/** The workspace settings as stored now, defaults for what is not (`from`: a command's db). */
export async function readSettings(from: Pick<typeof db, 'settings'> = db): Promise<Settings> {
  return coerceSettings(await from.settings.toArray());
}

/** The workspace settings, live; undefined while they load. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(), []);
}

/** Changes a setting through its command (who may is in shared/commands/policy). */
export function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
  return runCommand(settingCommand(key, value));
}
