import type { CsvDialect } from '../../../shared/csv/dialect';
import { columnsOf, writeCsv } from '../../../shared/csv/write-csv';
import type { Translate } from '../../../shared/i18n/translate';
import type { MemberYear } from '../../../shared/performance/variance';

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
export function actualsCsv(
  years: readonly MemberYear[],
  months: readonly string[],
  name: (memberId: string) => string,
  t: Translate,
  dialect: CsvDialect,
): string {
  const lines: Line[] = years.flatMap((year) =>
    months.map((month, i) => ({
      name: name(year.memberId),
      month,
      newCents: year.newCents[i]!,
      existingCents: year.existingCents[i]!,
    })),
  );
  return writeCsv(
    lines,
    columnsOf<Line>(t('csv.actuals.header'), [
      (l) => l.name,
      (l) => ({ date: `${l.month}-01` }),
      (l) => ({ cents: l.newCents }),
      (l) => ({ cents: l.existingCents }),
    ]),
    dialect,
  );
}
