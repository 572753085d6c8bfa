import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import { columnsOf, type CsvColumn } from '@shared/csv/write-csv';
import type { Level } from '@shared/domain/team-member';
import type { Translate } from '@shared/i18n/translate';
import type { PlanAllocation } from '@shared/planning/allocate';

interface Line {
  name: string;
  level: Level | null;
  monthlyCents: number[];
  annualCents: number;
  newBusinessCents: number;
  existingBusinessCents: number;
}

/**
 * The plan as a spreadsheet: one row per member with the twelve monthly targets, the year and
 * its new/existing split, then the team's totals. Month headers carry "(EUR)" so no
 * spreadsheet turns "2027-01" into a date.
 */
export function planExport(
  allocation: PlanAllocation,
  months: readonly string[],
  member: (id: string) => { name: string; level: Level | null },
  t: Translate,
): TableExport {
  const lines: Line[] = allocation.members.map((m) => ({ ...member(m.memberId), ...m }));
  const sumOf = (pick: (l: Line) => number) => lines.reduce((total, l) => total + pick(l), 0);
  lines.push({
    name: t('csv.plan.team'),
    level: null,
    monthlyCents: months.map((_, i) => sumOf((l) => l.monthlyCents[i]!)),
    annualCents: sumOf((l) => l.annualCents),
    newBusinessCents: sumOf((l) => l.newBusinessCents),
    existingBusinessCents: sumOf((l) => l.existingBusinessCents),
  });
  const values: Array<CsvColumn<Line>['value']> = [
    (l) => l.name,
    (l) => (l.level ? t(`team.levelShort.${l.level}`) : ''),
    ...months.map((_, i) => (l: Line) => ({ cents: l.monthlyCents[i]! })),
    (l) => ({ cents: l.annualCents }),
    (l) => ({ cents: l.newBusinessCents }),
    (l) => ({ cents: l.existingBusinessCents }),
  ];
  const header = t('csv.plan.header', { months: months.map((m) => `${m} (EUR)`).join('|') });
  return tableExport(lines, columnsOf(header, values));
}
