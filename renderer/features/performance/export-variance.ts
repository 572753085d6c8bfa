import { tableExport, type TableExport } from '@shared/csv/exports/table-export';
import { columnsOf, type CsvColumn } from '@shared/csv/write-csv';
import type { Translate } from '@shared/i18n/translate';
import type { ReportRow, VarianceReport } from '@shared/performance/report';

/** A percentage as a two-decimal number cell (hundredths written through the cents path). */
const percentCell = (pct: number | null) =>
  pct === null ? null : { cents: Math.round(pct * 100) };

/**
 * The variance report as a spreadsheet: one row per member, level or territory, then the
 * team total; amounts exact from cents, percentages as numbers.
 */
export function varianceExport(
  report: VarianceReport,
  label: (row: ReportRow) => string,
  period: string,
  t: Translate,
): TableExport {
  const rows = [...report.rows, report.total];
  const values: Array<CsvColumn<ReportRow>['value']> = [
    (r) => (r === report.total ? t('csv.plan.team') : label(r)),
    () => period,
    (r) => ({ cents: r.figures.targetCents }),
    (r) => ({ cents: r.figures.achievedCents }),
    // A period none of whose months has closed is not judged: no variance to write.
    (r) => (report.judged ? { cents: r.variance.varianceCents } : null),
    (r) => percentCell(r.variance.variancePct),
    (r) => percentCell(r.variance.attainmentPct),
    (r) => ({ cents: r.figures.newCents }),
    (r) => ({ cents: r.figures.existingCents }),
  ];
  return tableExport(rows, columnsOf(t('csv.variance.header'), values));
}
