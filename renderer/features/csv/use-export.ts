import { localDate } from '@shared/format/calendar-date';
import { useState } from 'react';
import { CURRENCIES, defaultDialect, type Currency, type ExportFormat } from '@shared/csv/dialect';
import type { TableExport } from '@shared/csv/exports/table-export';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';

/**
 * "accounts_2026-11-26.csv": a name that says what and when, safe on every file system; CSV
 * unless another extension (xlsx, png, pdf, stpreq) is named.
 */
export function exportFileName(base: string, extension = 'csv', today = new Date()): string {
  const safe = [...base]
    .map((c) => (c.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 100);
  return `${safe}_${localDate(today)}.${extension}`;
}

/**
 * Exports through main's save dialog in the chosen format — a CSV dialect or an Excel
 * workbook (Settings decide the default) — then offers to show the file in its folder.
 */
export function useExport() {
  const { t, language } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const [format, setFormat] = useState<ExportFormat | null>(null);
  const [busy, setBusy] = useState(false);
  const setting = settings.csvDialect;
  const chosen = format ?? (setting === 'auto' ? defaultDialect(language) : setting);

  /** `base` names the file, `sheet` the workbook's sheet; both in the UI language. */
  const run = async (base: string, sheet: string, build: () => TableExport) => {
    const api = plannerApi();
    if (!api) return;
    setBusy(true);
    try {
      const table = build();
      const { fileName } = unwrap(
        chosen === 'xlsx'
          ? await api.saveWorkbook({
              suggestedName: exportFileName(base, 'xlsx'),
              language,
              currency: isCurrency(settings.currency) ? settings.currency : 'EUR',
              sheet: table.sheet(sheet),
            })
          : await api.saveCsv({ suggestedName: exportFileName(base), content: table.csv(chosen) }),
      );
      if (fileName)
        notify(t('csv.exported', { name: fileName }), 'success', {
          label: t('csv.showInFolder'),
          run: () => void api.showCsvInFolder({}),
        });
    } catch (error) {
      notify(t('backups.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return { format: chosen, setFormat, run, busy };
}

function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}
