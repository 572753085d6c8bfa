import { localDate } from '../../../shared/format/calendar-date';
import { useState } from 'react';
import { defaultDialect, type CsvDialect } from '../../../shared/csv/dialect';
import { DEFAULT_SETTINGS, useSettings } from '../../db/settings';
import { useI18n } from '../../i18n/i18n-context';
import { failureReason } from '../../ipc/error-text';
import { plannerApi, unwrap } from '../../ipc/planner';
import { useAppStore } from '../../store/app-store';

/**
 * "accounts_2026-11-26.csv": a name that says what and when, safe on every file system; CSV
 * unless another extension (png, pdf, stpreq) is named.
 */
export function exportFileName(base: string, extension = 'csv', today = new Date()): string {
  const safe = [...base]
    .map((c) => (c.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 100);
  return `${safe}_${localDate(today)}.${extension}`;
}

/**
 * Exports through main's save dialog in the chosen CSV format (Settings decide the default),
 * then offers to show the file in its folder.
 */
export function useCsvExport() {
  const { t, language } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const setting = (useSettings() ?? DEFAULT_SETTINGS).csvDialect;
  const [dialect, setDialect] = useState<CsvDialect | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = dialect ?? (setting === 'auto' ? defaultDialect(language) : setting);

  const run = async (base: string, content: (dialect: CsvDialect) => string) => {
    const api = plannerApi();
    if (!api) return;
    setBusy(true);
    try {
      const { fileName } = unwrap(
        await api.saveCsv({ suggestedName: exportFileName(base), content: content(chosen) }),
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
  return { dialect: chosen, setDialect, run, busy };
}
