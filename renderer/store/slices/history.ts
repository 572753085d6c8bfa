import type { StateCreator } from 'zustand';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { AppState } from '../app-store';

/** A change the user made, with how to take it back and do it again. */
export interface UndoableChange {
  label: MessageKey;
  labelParams?: Record<string, string | number>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export const HISTORY_LIMIT = 50;

export interface HistorySlice {
  past: UndoableChange[];
  future: UndoableChange[];
  /** Records a change that has just been applied. */
  record: (change: UndoableChange) => void;
  undo: () => Promise<UndoableChange | null>;
  redo: () => Promise<UndoableChange | null>;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  record: (change) => set((s) => ({ past: [...s.past, change].slice(-HISTORY_LIMIT), future: [] })),
  undo: async () => {
    const change = get().past.at(-1);
    if (!change) return null;
    await change.undo();
    set((s) => ({ past: s.past.slice(0, -1), future: [change, ...s.future] }));
    return change;
  },
  redo: async () => {
    const change = get().future[0];
    if (!change) return null;
    await change.redo();
    set((s) => ({ future: s.future.slice(1), past: [...s.past, change].slice(-HISTORY_LIMIT) }));
    return change;
  },
});
