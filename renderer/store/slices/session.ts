import type { StateCreator } from 'zustand';
import type { WorkspaceStatus } from '../../db/workspace';
import type { AppState } from '../app-store';

export type SessionStatus =
  { kind: 'opening' } | { kind: 'error'; message: string } | WorkspaceStatus;

export interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

export interface SessionSlice {
  workspace: SessionStatus;
  notice: Notice | null;
  setWorkspace: (status: SessionStatus) => void;
  notify: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: () => void;
}

let noticeId = 0;

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  workspace: { kind: 'opening' },
  notice: null,
  setWorkspace: (workspace) => set({ workspace }),
  notify: (text, tone = 'success') => set({ notice: { id: (noticeId += 1), text, tone } }),
  dismissNotice: () => set({ notice: null }),
});
