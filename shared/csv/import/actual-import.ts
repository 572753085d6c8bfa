import { actualsVerdict, type Actor } from '../../commands/policy';
import { nameKeyOf, type TeamMember } from '../../domain/team-member';
import type { MonthlyActual } from '../../domain/actual';
import type { ColumnMapping, ImportField } from './column-mapping';
import {
  freshChunkState,
  lineOf,
  type ChunkState,
  type Converted,
  type RowError,
} from './import-result';
import { cellText, parseAmount, parseMonth, type NumberStyle } from './values';

export const ACTUAL_FIELDS = [
  {
    key: 'member',
    required: true,
    names: ['Name', 'Mitarbeiter*in', 'Betreuer*in', 'Person', 'Member'],
  },
  { key: 'month', required: true, names: ['Monat', 'Month', 'Periode', 'Period'] },
  {
    key: 'newBusiness',
    required: false,
    names: ['Neugeschäft', 'Umsatz Neugeschäft', 'New business'],
  },
  {
    key: 'existingBusiness',
    required: false,
    names: [
      'Bestandsgeschäft',
      'Umsatz Bestandsgeschäft',
      'Existing business',
      'Umsatz',
      'Revenue',
    ],
  },
] as const satisfies ReadonlyArray<ImportField>;

export type ActualImportField = (typeof ACTUAL_FIELDS)[number]['key'];

/** Rows to monthly actuals per member; one member and month appears once per file. */
export function convertActuals(
  rows: readonly string[][],
  mapping: ColumnMapping<ActualImportField>,
  style: NumberStyle,
  team: readonly TeamMember[],
  state: ChunkState = freshChunkState(),
  /** Who imports (undefined: no one in particular, as in tests of the format alone). */
  actor?: Actor,
): Converted<MonthlyActual> {
  const errors: RowError[] = [];
  const records: MonthlyActual[] = [];
  const byName = new Map(team.map((m) => [m.nameKey, m]));
  const { seen } = state;
  const at = (row: readonly string[], field: ActualImportField) => {
    const column = mapping[field];
    return column === null ? '' : cellText(row[column]);
  };
  rows.forEach((row, index) => {
    const line = lineOf(state.offset + index);
    const before = errors.length;
    const problem = (field: ActualImportField, message: RowError['message']) =>
      errors.push({ line, field, value: at(row, field), message });
    const member = byName.get(nameKeyOf(at(row, 'member')));
    if (!member) problem('member', 'import.error.unknownMember');
    // The grid's rule, per line: a Junior's own actuals only, a Senior's and their Juniors'.
    else if (actor !== undefined && actualsVerdict(actor, member).kind !== 'allowed')
      problem('member', 'import.error.othersActuals');
    const month = parseMonth(at(row, 'month'));
    if (!month.ok) problem('month', month.error);
    const newBusiness = parseAmount(at(row, 'newBusiness'), style);
    if (!newBusiness.ok) problem('newBusiness', newBusiness.error);
    const existing = parseAmount(at(row, 'existingBusiness'), style);
    if (!existing.ok) problem('existingBusiness', existing.error);
    if (errors.length > before || !member || !month.ok || !newBusiness.ok || !existing.ok) return;
    const key = `${member.id}|${month.value}`;
    if (seen.has(key)) return problem('month', 'import.error.duplicate');
    seen.add(key);
    records.push({
      memberId: member.id,
      month: month.value,
      newBusinessCents: newBusiness.value,
      existingBusinessCents: existing.value,
    });
  });
  state.offset += rows.length;
  return { records, errors };
}
