import { actualsVerdict } from '@shared/commands/policy';
import { readAmount } from '@shared/format/parse-money';
import { centsForSpreadsheet } from '@shared/format/tsv';
import type { TeamMember } from '@shared/domain/team-member';
import type { MemberYear } from '@shared/performance/variance';
import type { ParsedCell } from '@renderer/components/sheet/sheet-model';

export type ActualKind = 'new' | 'existing';

/** One typed or pasted cell: a member's revenue of one kind in one month, cents. */
export interface ActualEdit {
  memberId: string;
  month: string;
  kind: ActualKind;
  cents: number;
}

export interface ActualsRow {
  member: TeamMember;
  year: MemberYear;
  editable: boolean;
}

/** A month (0–11) of the fiscal year, or the year's total (read-only). */
export type ActualsColumn = { kind: 'month'; index: number } | { kind: 'year' };

export const ACTUALS_COLUMNS: ActualsColumn[] = [
  ...Array.from({ length: 12 }, (_, index) => ({ kind: 'month' as const, index })),
  { kind: 'year' },
];

const monthsOf = (row: ActualsRow, kind: ActualKind) =>
  kind === 'new' ? row.year.newCents : row.year.existingCents;

export function actualValue(row: ActualsRow, column: ActualsColumn, kind: ActualKind): number {
  const months = monthsOf(row, kind);
  return column.kind === 'month' ? months[column.index]! : months.reduce((a, b) => a + b, 0);
}

/** Who may enter actuals: the team lead for everyone, a Senior for self and their Juniors, a Junior for self. */
export function mayEnterActuals(member: TeamMember, actingAs: TeamMember | null): boolean {
  // The same rule the command applies (shared/commands/policy): the grid only shows it.
  return actualsVerdict(actingAs, member).kind === 'allowed';
}

/** What typing or pasting `text` into a cell means: a non-negative amount in the user's format. */
export function parseActual(
  row: ActualsRow,
  column: ActualsColumn,
  text: string,
  kind: ActualKind,
  months: readonly string[],
  language: 'de' | 'en',
): ParsedCell<ActualEdit> {
  if (!row.editable || column.kind !== 'month') return { ok: true, edit: null };
  const amount = text.trim() === '' ? { ok: true as const, cents: 0 } : readAmount(text, language);
  if (!amount.ok) return { ok: false, text, problem: amount.problem };
  const { cents } = amount;
  return { ok: true, edit: { memberId: row.member.id, month: months[column.index]!, kind, cents } };
}

export const actualClipboardText = (
  row: ActualsRow,
  column: ActualsColumn,
  kind: ActualKind,
  language: 'de' | 'en',
) => centsForSpreadsheet(actualValue(row, column, kind), language);
