import {
  LEVELS,
  nameKeyOf,
  validateTeamMember,
  type TeamMember,
  type TeamMemberField,
} from '../../domain/team-member';
import { de } from '../../i18n/messages.de';
import { en } from '../../i18n/messages.en';
import type { ColumnMapping, ImportField } from './column-mapping';
import { lineOf, type Converted, type RowError } from './import-result';
import { mappedValue, type ValueMapping } from './value-mapping';
import { LEVEL_WORDS } from './value-words';
import { cellText, parseChoice, parseDate, parseWholeNumber, type NumberStyle } from './values';

export const MEMBER_FIELDS = [
  {
    key: 'name',
    required: true,
    names: ['Name', 'Mitarbeiter*in', 'Mitarbeiter', 'Person', 'Member'],
  },
  { key: 'level', required: true, names: ['Stufe', 'Level', 'Rolle', 'Role'] },
  { key: 'email', required: false, names: ['E-Mail', 'Email', 'Mail'] },
  {
    key: 'supervisor',
    required: false,
    names: ['Senior', 'Vorgesetzte*r', 'Vorgesetzter', 'Mentor*in', 'Mentor', 'Supervisor'],
  },
  {
    key: 'capacity',
    required: true,
    names: ['Kapazität', 'Besuche pro Jahr', 'Capacity', 'Visits per year'],
  },
  {
    key: 'hireDate',
    required: false,
    names: ['Eintritt', 'Eintrittsdatum', 'Einstellung', 'Hire date', 'Start date'],
  },
  { key: 'homeRegion', required: false, names: ['Heimatregion', 'Region', 'Home region'] },
] as const satisfies ReadonlyArray<ImportField>;

export type MemberImportField = (typeof MEMBER_FIELDS)[number]['key'];

const LEVEL_CHOICES = LEVELS.map((value) => ({
  value,
  labels: [
    de[`team.level.${value}`],
    en[`team.level.${value}`],
    de[`team.levelShort.${value}`],
    ...LEVEL_WORDS[value],
  ],
}));

const FIELD_OF: Partial<Record<TeamMemberField, MemberImportField>> = {
  name: 'name',
  email: 'email',
  level: 'level',
  supervisorId: 'supervisor',
  capacity: 'capacity',
  hireDate: 'hireDate',
  homeRegion: 'homeRegion',
};

/**
 * Rows to team members, matched to the team by name (case-insensitive): a known name updates
 * that member, a new one is added. A Junior's Senior is named, in the team or in the same file,
 * and must be an active Senior — the same rules as the team form.
 */
export function convertMembers(
  rows: readonly string[][],
  mapping: ColumnMapping<MemberImportField>,
  style: NumberStyle,
  team: readonly TeamMember[],
  today: string,
  newId: () => string = () => crypto.randomUUID(),
  /** The user's answers for values no word table places. */
  values?: ValueMapping,
): Converted<TeamMember> {
  const errors: RowError[] = [];
  const at = (row: readonly string[], field: MemberImportField) => {
    const column = mapping[field];
    return column === null ? '' : cellText(row[column]);
  };
  const byKey = new Map(team.map((m) => [m.nameKey, m]));
  const seen = new Set<string>();
  // First pass: who is in the file (so a Junior may name a Senior from a later row).
  const staged: Array<{ index: number; member: TeamMember } | null> = rows.map((row, index) => {
    const problem = (field: MemberImportField, message: RowError['message']) =>
      errors.push({ line: lineOf(index), field, value: at(row, field), message });
    const name = at(row, 'name');
    const key = nameKeyOf(name);
    if (name && seen.has(key)) {
      problem('name', 'import.error.duplicate');
      return null;
    }
    seen.add(key);
    const level = parseChoice(
      mappedValue(values, 'level', at(row, 'level')) ?? at(row, 'level'),
      LEVEL_CHOICES,
    );
    if (!level.ok) problem('level', 'import.error.level');
    const capacity = parseWholeNumber(at(row, 'capacity'), style);
    if (!capacity.ok || capacity.value === null) problem('capacity', 'team.error.capacityInvalid');
    const hireDate = parseDate(at(row, 'hireDate'));
    if (!hireDate.ok) problem('hireDate', 'team.error.hireDateInvalid');
    const existing = byKey.get(key);
    const member: TeamMember = {
      id: existing?.id ?? newId(),
      name,
      nameKey: key,
      email: at(row, 'email'),
      level: level.ok ? level.value : 'junior',
      supervisorId: null,
      capacity: capacity.ok && capacity.value !== null ? capacity.value : 0,
      hireDate: (hireDate.ok && hireDate.value) || existing?.hireDate || today,
      homeRegion: at(row, 'homeRegion'),
      active: existing?.active ?? true,
    };
    return level.ok && capacity.ok && capacity.value !== null && hireDate.ok
      ? { index, member }
      : null;
  });
  const merged = new Map(team.map((m) => [m.id, m]));
  for (const entry of staged) if (entry) merged.set(entry.member.id, entry.member);
  const everyone = [...merged.values()];
  const byName = new Map(everyone.map((m) => [m.nameKey, m]));
  const records: TeamMember[] = [];
  for (const entry of staged) {
    if (!entry) continue;
    const row = rows[entry.index]!;
    const supervisorName = at(row, 'supervisor');
    const supervisor = supervisorName ? byName.get(nameKeyOf(supervisorName)) : undefined;
    if (supervisorName && !supervisor) {
      errors.push({
        line: lineOf(entry.index),
        field: 'supervisor',
        value: supervisorName,
        message: 'import.error.unknownMember',
      });
      continue;
    }
    const draft = { ...entry.member, supervisorId: supervisor?.id ?? null };
    const result = validateTeamMember(draft, everyone, entry.member.id);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors)) {
        const column = FIELD_OF[field as TeamMemberField] ?? 'name';
        errors.push({
          line: lineOf(entry.index),
          field: column,
          value: at(row, column),
          message: message!,
        });
      }
      continue;
    }
    records.push({ ...entry.member, ...result.member });
  }
  errors.sort((a, b) => a.line - b.line);
  return { records, errors };
}
