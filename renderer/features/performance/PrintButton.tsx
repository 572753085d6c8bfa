import { Printer } from 'lucide-react';
import { useState } from 'react';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { exportFileName } from '../csv/use-export';

/** Prints the dashboard to a PDF file that main saves where the user chooses. */
export function PrintButton() {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const print = async () => {
    const api = plannerApi();
    if (!api) return;
    setBusy(true);
    try {
      const name = exportFileName(t('perf.pdf.file'), 'pdf');
      const { fileName } = unwrap(await api.printToPdf({ suggestedName: name }));
      if (fileName) notify(t('perf.pdf.saved', { name: fileName }), 'success');
    } catch (error) {
      notify(t('perf.pdf.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void print()}>
      <Printer size={16} aria-hidden="true" />
      {t('perf.pdf.print')}
    </button>
  );
}
