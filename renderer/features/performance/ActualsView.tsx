import { Upload } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { formatAmount, formatMonth } from '@shared/format/intl';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { SheetGrid, type SheetTexts } from '@renderer/components/sheet/SheetGrid';
import { pasteSummaryText, pasteTooBigText } from '@renderer/components/sheet/paste-text';
import type { PasteSummary, SheetModel } from '@renderer/components/sheet/sheet-model';
import { cellProblemText } from '@renderer/components/sheet/cell-problem-text';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { useCommand } from '@renderer/app/use-command';
import { useActingAs } from '@renderer/app/data/use-approvals';
import { ExportButton } from '../csv/ExportButton';
import {
  ACTUALS_COLUMNS,
  actualClipboardText,
  actualValue,
  mayEnterActuals,
  parseActual,
  type ActualEdit,
  type ActualKind,
  type ActualsColumn,
  type ActualsRow,
} from './actuals-model';
import { changeActualsCommand } from './actuals-repository';
import { actualsExport } from './export-actuals';
import type { PerformanceData } from './use-performance';

/** Revenue per member and month, new and existing business, typed or pasted like the plan grid. */
export function ActualsView({ data }: { data: PerformanceData }) {
  const { t, locale, language } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const run = useCommand();
  const openImport = useAppStore((s) => s.openImport);
  const actingId = useActingAs();
  const [kind, setKind] = useState<ActualKind>('new');
  const acting = actingId ? (data.byId.get(actingId) ?? null) : null;
  const rows = useMemo<ActualsRow[]>(
    () =>
      data.members.map((member, i) => ({
        member,
        year: data.years[i]!,
        editable: mayEnterActuals(member, acting),
      })),
    [data, acting],
  );
  const model = useMemo<SheetModel<ActualsRow, ActualsColumn, ActualEdit>>(
    () => ({
      rowKey: (row) => row.member.id,
      rowName: (row) => row.member.name,
      rowEditable: (row) => row.editable,
      isEditable: (column) => column.kind === 'month',
      value: (row, column) => actualValue(row, column, kind),
      format: (value) => formatAmount(value, locale),
      clipboardText: (row, column) => actualClipboardText(row, column, kind, language),
      parse: (row, column, text) => parseActual(row, column, text, kind, data.months, language),
      totalOf: (column) =>
        column.kind === 'month' ? null : (part: ActualsColumn) => part.kind === 'month',
    }),
    [kind, locale, language, data.months],
  );
  const rowHeader = useCallback((row: ActualsRow) => row.member.name, []);
  const totals = ACTUALS_COLUMNS.map((column) =>
    rows.reduce((sum, row) => sum + actualValue(row, column, kind), 0),
  );

  const apply = async (edits: ActualEdit[], summary?: PasteSummary) => {
    const outcome = await run(changeActualsCommand(edits));
    if (summary && outcome?.kind === 'applied') notify(pasteSummaryText(t, summary));
  };
  const clear = (top: number, bottom: number, left: number, right: number) => {
    const edits: ActualEdit[] = [];
    for (const row of rows.slice(top, bottom + 1)) {
      if (!row.editable) continue;
      for (let c = left; c <= Math.min(right, 11); c += 1)
        edits.push({ memberId: row.member.id, month: data.months[c]!, kind, cents: 0 });
    }
    if (edits.length) void apply(edits);
  };
  const texts: SheetTexts = {
    label: t('perf.actuals.grid', { kind: t(`perf.series.${kind}`) }),
    help: t('perf.actuals.help'),
    rowsHeader: t('perf.col.member'),
    totalsHeader: t('plans.grid.teamTotal'),
    invalid: (value, problem) => cellProblemText(t, locale, value, problem),
    readOnly: t('perf.actuals.readOnly'),
    pasteNothing: t('plans.grid.pasteNothing'),
    pasteTooBig: (size) => pasteTooBigText(t, size),
  };
  const year = fiscalYearLabel(data.fiscalYear, data.startMonth).replace('/', '-');

  return (
    <div className="actuals-view">
      <div className="toolbar">
        <fieldset className="segmented" aria-label={t('perf.actuals.kind')}>
          {(['new', 'existing'] as const).map((value) => (
            <label key={value} className={value === kind ? 'segmented-on' : undefined}>
              <input
                type="radio"
                name="actual-kind"
                checked={value === kind}
                onChange={() => setKind(value)}
              />
              {t(`perf.series.${value}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={() => openImport('actuals')}>
          <Upload size={16} aria-hidden="true" />
          {t('perf.actuals.import')}
        </button>
        <ExportButton
          label={t('perf.actuals.export')}
          fileBase={t('perf.actuals.exportName', { year })}
          sheet={t('perf.actuals.sheetName', { year })}
          build={() =>
            actualsExport(data.years, data.months, (id) => data.byId.get(id)?.name ?? id, t)
          }
        />
      </div>
      <SheetGrid
        idPrefix="actual-cell"
        rows={rows}
        columns={ACTUALS_COLUMNS}
        model={model}
        rowHeader={rowHeader}
        columnHeader={(column) =>
          column.kind === 'month'
            ? formatMonth(data.months[column.index]!, locale)
            : t('plans.grid.total')
        }
        totals={totals}
        texts={texts}
        onEdits={(edits, _, summary) => void apply(edits, summary)}
        onClear={clear}
        onProblem={(message) => notify(message, 'error')}
      />
    </div>
  );
}
