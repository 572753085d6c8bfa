import type { StateCreator } from 'zustand';
import type { PlainMessageKey } from '@shared/i18n/translate';
import type { AppState } from '../app-store';
import { historyCommand } from '@renderer/commands/history-command';
import { commandsSettled, runCommand, type AppliedChange } from '@renderer/commands/run-command';

export const HISTORY_LIMIT = 50;

/** What Ctrl+Z or Ctrl+Shift+Z did: the change, or why it could not be taken back. */
export type HistoryStep =
  | { kind: 'done'; change: AppliedChange }
  | { kind: 'refused'; change: AppliedChange; reason: PlainMessageKey };

export interface HistorySlice {
  /** Whose changes the steps are ('' the team lead): history belongs to one person. */
  historyActor: string;
  past: AppliedChange[];
  future: AppliedChange[];
  /** Counts undo and redo steps taken, so views holding unsaved copies can drop them. */
  historySteps: number;
  /** Records a change that has just committed (the command runner calls it). */
  record: (change: AppliedChange) => void;
  undo: () => Promise<HistoryStep | null>;
  redo: () => Promise<HistoryStep | null>;
  /** Forgets every step: the data was replaced (restore, import) or another person acts now. */
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
  const step = async (direction: 'undo' | 'redo'): Promise<HistoryStep | null> => {
    // A change still being written is the one to take back: wait until it is in the history.
    await commandsSettled();
    const change = direction === 'undo' ? get().past.at(-1) : get().future[0];
    if (!change) return null;
    const outcome = await runCommand(historyCommand(change, direction));
    const moved = (s: AppState) =>
      direction === 'undo'
        ? { past: s.past.slice(0, -1), future: [change, ...s.future] }
        : { future: s.future.slice(1), past: [...s.past, change].slice(-HISTORY_LIMIT) };
    if (outcome.kind === 'applied') {
      set((s) => ({ ...moved(s), historySteps: s.historySteps + 1 }));
      return { kind: 'done', change };
    }
    // A step that cannot be taken (changed since, or not this person's to take) is dropped,
    // so the next Ctrl+Z reaches the one before it.
    set((s) =>
      direction === 'undo' ? { past: s.past.slice(0, -1) } : { future: s.future.slice(1) },
    );
    const reason = outcome.kind === 'refused' ? outcome.reason : 'history.needsApproval';
    return { kind: 'refused', change, reason };
  };
  return {
    historyActor: '',
    historySteps: 0,
    past: [],
    future: [],
    clearHistory: () => set({ past: [], future: [] }),
    record: (change) =>
      set((s) =>
        s.historyActor === change.actorKey
          ? { past: [...s.past, change].slice(-HISTORY_LIMIT), future: [] }
          : { historyActor: change.actorKey, past: [change], future: [] },
      ),
    undo: () => serial(() => step('undo')),
    redo: () => serial(() => step('redo')),
  };
};
