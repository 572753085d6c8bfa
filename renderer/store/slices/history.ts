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
  /** Forgets every step: the data they would change was replaced (restore, import). */
  clearHistory: () => void;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  // One undo or redo at a time: a second Ctrl+Z pressed while the first is still writing
  // must take back the change before it, not the same one again.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    past: [],
    future: [],
    clearHistory: () => set({ past: [], future: [] }),
    record: (change) =>
      set((s) => ({ past: [...s.past, change].slice(-HISTORY_LIMIT), future: [] })),
    undo: () =>
      serial(async () => {
        const change = get().past.at(-1);
        if (!change) return null;
        await change.undo();
        set((s) => ({ past: s.past.slice(0, -1), future: [change, ...s.future] }));
        return change;
      }),
    redo: () =>
      serial(async () => {
        const change = get().future[0];
        if (!change) return null;
        await change.redo();
        set((s) => ({
          future: s.future.slice(1),
          past: [...s.past, change].slice(-HISTORY_LIMIT),
        }));
        return change;
      }),
  };
};
