import { useEffect } from 'react';
import { saveFailureText } from '../db/storage-errors';
import { useT } from '../i18n/i18n-context';
import { useAppStore } from '../store/app-store';

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo the app's changes from any screen —
 * except while typing in a field, where they belong to the field.
 */
export function useUndoKeys(): void {
  const t = useT();
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const notify = useAppStore((s) => s.notify);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof Element && event.target.closest(EDITABLE)) return;
      const key = event.key.toLowerCase();
      const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      void (isRedo ? redo() : undo()).then(
        (change) =>
          change &&
          notify(
            t(isRedo ? 'territories.redone' : 'territories.undone', {
              label: t(change.label, change.labelParams),
            }),
          ),
        (error: unknown) => notify(saveFailureText(error, t), 'error'),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [t, undo, redo, notify]);
}
