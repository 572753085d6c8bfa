import type { StateCreator } from 'zustand';
import type { AppState } from '../app-store';

export type MemberEditor =
  { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; memberId: string };

export interface TeamUiSlice {
  memberEditor: MemberEditor;
  teamQuery: string;
  showInactive: boolean;
  openNewMember: () => void;
  openMember: (memberId: string) => void;
  closeMemberEditor: () => void;
  setTeamQuery: (query: string) => void;
  setShowInactive: (show: boolean) => void;
}

export const createTeamUiSlice: StateCreator<AppState, [], [], TeamUiSlice> = (set) => ({
  memberEditor: { mode: 'closed' },
  teamQuery: '',
  showInactive: false,
  openNewMember: () => set({ memberEditor: { mode: 'new' }, section: 'team' }),
  openMember: (memberId) => set({ memberEditor: { mode: 'edit', memberId } }),
  closeMemberEditor: () => set({ memberEditor: { mode: 'closed' } }),
  setTeamQuery: (teamQuery) => set({ teamQuery }),
  setShowInactive: (showInactive) => set({ showInactive }),
});
