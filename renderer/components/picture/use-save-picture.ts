import { useState } from 'react';
import { useI18n } from '@renderer/i18n/i18n-context';
import { failureReason } from '@renderer/ipc/error-text';
import { plannerApi, unwrap } from '@renderer/ipc/planner';
import { useAppStore } from '@renderer/store/app-store';
import { exportFileName } from '@renderer/features/csv/use-export';

/** "Save as PNG" through main's save dialog; says where it went or why it did not. */
export function useSavePicture() {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const save = async (fileBase: string, draw: () => string | Promise<string>) => {
    const api = plannerApi();
    if (!api) return;
    setBusy(true);
    try {
      const png = await draw();
      const name = exportFileName(fileBase, 'png');
      const { fileName } = unwrap(await api.savePicture({ suggestedName: name, png }));
      if (fileName) notify(t('perf.png.saved', { name: fileName }), 'success');
    } catch (error) {
      notify(t('perf.png.failed', { reason: failureReason(error, t) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}
