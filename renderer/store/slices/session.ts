import type { StateCreator } from 'zustand';
import type { WorkspaceStatus } from '@renderer/db/workspace';
import type { AppState } from '../app-store';

export type SessionStatus =
  { kind: 'opening' } | { kind: 'error'; message: string } | WorkspaceStatus;

export interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
  /** A follow-up the notice offers ("Show in folder"). */
  action?: { label: string; run: () => void };
}

export interface SessionSlice {
  workspace: SessionStatus;
  notice: Notice | null;
  setWorkspace: (status: SessionStatus) => void;
  notify: (text: string, tone?: Notice['tone'], action?: Notice['action']) => void;
  dismissNotice: () => void;
}

let noticeId = 0;

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  workspace: { kind: 'opening' },
  notice: null,
  setWorkspace: (workspace) => set({ workspace }),
  notify: (text, tone = 'success', action) =>
    set({ notice: { id: (noticeId += 1), text, tone, ...(action ? { action } : {}) } }),
  dismissNotice: () => set({ notice: null }),
});
