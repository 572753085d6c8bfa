import { useEffect } from 'react';
import { db } from '../db/db';
import { plannerApi } from '../ipc/planner';
import { forgetHistoryOnReplace } from '../persistence/forget-history';
import { flushPendingChanges } from '../persistence/start-workspace';
import { useAppStore } from '../store/app-store';

/**
 * When main says the window is closing, write what is pending and answer; main waits a
 * bounded time for the answer. A restore or an import replaces the data that undo steps
 * would change, so history is cleared then.
 */
export function useFlushBeforeQuit(): void {
  const setClosing = useAppStore((s) => s.setClosing);
  const clearHistory = useAppStore((s) => s.clearHistory);
  useEffect(() => {
    const api = plannerApi();
    const unsubscribe = api?.onFlushBeforeQuit(() => {
      setClosing(true);
      void flushPendingChanges()
        .catch(() => undefined)
        .then(() => api.flushedBeforeQuit({}));
    });
    const stopListening = forgetHistoryOnReplace(db.journal, clearHistory);
    return () => {
      unsubscribe?.();
      stopListening();
    };
  }, [setClosing, clearHistory]);
}
