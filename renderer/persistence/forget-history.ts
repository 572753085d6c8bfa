import type { JournalControl } from './journal-middleware';

/**
 * Undo steps hold rows as they were before a change. After a restore or a workspace import
 * those rows are gone, and undoing would write stale data over the restored workspace: forget
 * every step when the whole workspace is replaced.
 */
export function forgetHistoryOnReplace(
  journal: Pick<JournalControl, 'subscribe'>,
  clearHistory: () => void,
): () => void {
  return journal.subscribe((ops) => {
    if (ops === null) clearHistory();
  });
}
