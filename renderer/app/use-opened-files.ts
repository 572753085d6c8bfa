import { useEffect } from 'react';
import { useT } from '../i18n/i18n-context';
import { failureReason } from '../ipc/error-text';
import { plannerApi, unwrap } from '../ipc/planner';
import { previewImport } from '../features/backups/backup-actions';
import { useAppStore } from '../store/app-store';

/**
 * A .stplan file the user double-clicked (at start or while the app runs) opens the import
 * preview on the Backups screen; nothing is imported without the user's choice.
 */
export function useOpenedWorkspaceFiles(): void {
  const t = useT();
  const kind = useAppStore((s) => s.workspace.kind);
  const ready = kind === 'ready' || kind === 'choose';
  const setPending = useAppStore((s) => s.setPendingImport);
  const goTo = useAppStore((s) => s.goTo);
  const notify = useAppStore((s) => s.notify);
  useEffect(() => {
    const api = plannerApi();
    if (!api || !ready) return;
    const take = async () => {
      try {
        const { file } = unwrap(await api.takeOpenedWorkspaceFile());
        if (!file) return;
        setPending(await previewImport(file));
        if (kind === 'ready') goTo('backups');
      } catch (error) {
        notify(t('backups.failed', { reason: failureReason(error, t) }), 'error');
      }
    };
    void take();
    return api.onWorkspaceFileWaiting(() => void take());
  }, [ready, kind, setPending, goTo, notify, t]);
}
