import { useState } from 'react';
import { saveFailureText } from '../db/storage-errors';
import { useI18n } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

/**
 * Runs a saving action while `busy` (for disabling its buttons); a failure is told in the UI
 * language (full disk, read-only workspace, …) instead of being lost.
 */
export function useBusyAction(): [boolean, (work: () => Promise<void>) => Promise<void>] {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify(saveFailureText(error, t), 'error');
    } finally {
      setBusy(false);
    }
  };
  return [busy, run];
}
