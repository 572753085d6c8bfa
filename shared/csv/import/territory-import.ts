import { nameKeyOf, type TeamMember } from '../../domain/team-member';
import type { PostalRule } from '../../domain/territory';
import { parsePostalRules } from '../../territory/postal-rule';
import type { ColumnMapping, ImportField } from './column-mapping';
import { cellText } from './values';
import { lineOf, type Converted, type RowError } from './import-result';

export const TERRITORY_FIELDS = [
  {
    key: 'territory',
    required: true,
    names: ['Gebiet', 'Gebietsname', 'Territory', 'Territory name'],
  },
  { key: 'region', required: false, names: ['Region', 'Bezirk'] },
  {
    key: 'owner',
    required: false,
    names: ['Betreuer*in', 'Betreuer', 'Betreuerin', 'Betreuung', 'Owner'],
  },
  {
    key: 'rules',
    required: true,
    names: ['PLZ-Regeln', 'PLZ', 'Postleitzahlen', 'Postal rules', 'Postal codes', 'Rules'],
  },
] as const satisfies ReadonlyArray<ImportField>;

export type TerritoryImportField = (typeof TERRITORY_FIELDS)[number]['key'];

export interface ImportedTerritory {
  name: string;
  region: string;
  ownerId: string | null;
  rules: PostalRule[];
}

/**
 * Rows to territories with their postal rules ("80, 81000-81999, 80331"; several rows of one
 * territory add up). Owners are team members by name; regions are created when new.
 */
export function convertTerritories(
  rows: readonly string[][],
  mapping: ColumnMapping<TerritoryImportField>,
  team: readonly TeamMember[],
): Converted<ImportedTerritory> {
  const errors: RowError[] = [];
  const byName = new Map(team.map((m) => [m.nameKey, m]));
  const byTerritory = new Map<string, ImportedTerritory>();
  const at = (row: readonly string[], field: TerritoryImportField) => {
    const column = mapping[field];
    return column === null ? '' : cellText(row[column]);
  };
  rows.forEach((row, index) => {
    const line = lineOf(index);
    const problem = (field: TerritoryImportField, message: RowError['message']) =>
      errors.push({ line, field, value: at(row, field), message });
    const name = at(row, 'territory');
    if (!name) return problem('territory', 'import.error.required');
    const ownerName = at(row, 'owner');
    const owner = ownerName ? byName.get(nameKeyOf(ownerName)) : undefined;
    if (ownerName && !owner?.active) return problem('owner', 'import.error.unknownMember');
    const { rules, problems } = parsePostalRules(at(row, 'rules'));
    if (problems.length) return problem('rules', 'import.error.postalRule');
    const key = nameKeyOf(name);
    const existing = byTerritory.get(key);
    if (existing) {
      if (owner && existing.ownerId && existing.ownerId !== owner.id)
        return problem('owner', 'import.error.conflictingOwner');
      existing.rules.push(...rules);
      existing.ownerId ??= owner?.id ?? null;
    } else {
      byTerritory.set(key, { name, region: at(row, 'region'), ownerId: owner?.id ?? null, rules });
    }
  });
  return { records: [...byTerritory.values()], errors };
}
