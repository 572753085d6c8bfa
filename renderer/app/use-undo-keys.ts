import { useEffect } from 'react';
import { useHistoryStep } from './use-history-step';

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo the acting person's changes from
 * any screen — except while typing in a field, where they belong to the field.
 */
export function useUndoKeys(): void {
  const step = useHistoryStep();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof Element && event.target.closest(EDITABLE)) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      void step((key === 'z' && event.shiftKey) || key === 'y' ? 'redo' : 'undo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
}
