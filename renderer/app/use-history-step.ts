import { useCallback } from 'react';
import { saveFailureText } from '../db/storage-errors';
import { translateStored } from '@shared/i18n/translate';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

/**
 * Undo or redo the acting person's last change (Ctrl+Z, the toolbar buttons) and say what
 * happened: what was taken back, or why it could not be (changed since, needs approval).
 */
export function useHistoryStep() {
  const t = useT();
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const notify = useAppStore((s) => s.notify);
  return useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const step = direction === 'undo' ? await undo() : await redo();
        if (!step) return;
        const label = translateStored(t, step.change.label, step.change.labelParams);
        if (step.kind === 'refused')
          notify(t('history.refused', { label, reason: t(step.reason) }), 'error');
        else
          notify(t(direction === 'undo' ? 'territories.undone' : 'territories.redone', { label }));
      } catch (error) {
        notify(saveFailureText(error, t), 'error');
      }
    },
    [t, undo, redo, notify],
  );
}
