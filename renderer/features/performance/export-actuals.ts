import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import { columnsOf } from '@shared/csv/write-csv';
import type { Translate } from '@shared/i18n/translate';
import type { MemberYear } from '@shared/performance/variance';

interface Line {
  name: string;
  month: string;
  newCents: number;
  existingCents: number;
}

/**
 * A fiscal year's actuals, one row per member and month, with the headers the actuals import
 * recognises, so a file exported here can be edited in a spreadsheet and imported again.
 */
export function actualsExport(
  years: readonly MemberYear[],
  months: readonly string[],
  name: (memberId: string) => string,
  t: Translate,
): TableExport {
  const lines: Line[] = years.flatMap((year) =>
    months.map((month, i) => ({
      name: name(year.memberId),
      month,
      newCents: year.newCents[i]!,
      existingCents: year.existingCents[i]!,
    })),
  );
  return tableExport(
    lines,
    columnsOf<Line>(t('csv.actuals.header'), [
      (l) => l.name,
      (l) => ({ month: l.month }),
      (l) => ({ cents: l.newCents }),
      (l) => ({ cents: l.existingCents }),
    ]),
  );
}
