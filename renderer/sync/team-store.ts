import { create } from 'zustand';
import type { TeamSnapshot } from '@shared/ipc/team-schemas';
import { SIGNED_OUT } from '@shared/sync/sync-status';

/** The team sync state main last reported; `loaded` false until the first answer. */
interface TeamStore {
  loaded: boolean;
  snapshot: TeamSnapshot;
  take: (snapshot: TeamSnapshot) => void;
}

export const useTeamStore = create<TeamStore>((set) => ({
  loaded: false,
  snapshot: { available: false, status: SIGNED_OUT, person: null },
  take: (snapshot) => set({ loaded: true, snapshot }),
}));
