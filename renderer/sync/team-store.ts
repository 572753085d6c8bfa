import { create } from 'zustand';
import type { TeamSnapshot } from '@shared/ipc/team-schemas';
import { SIGNED_OUT } from '@shared/sync/sync-status';
import type { JoinPreview } from './join-team';

/** The team sync state main last reported; `loaded` false until the first answer. */
interface TeamStore {
  loaded: boolean;
  snapshot: TeamSnapshot;
  take: (snapshot: TeamSnapshot) => void;
  /** The comparison before joining, kept while the person looks at other screens. */
  joinPreview: JoinPreview | null;
  setJoinPreview: (preview: JoinPreview | null) => void;
}

export const useTeamStore = create<TeamStore>((set) => ({
  loaded: false,
  snapshot: { available: false, status: SIGNED_OUT, person: null },
  // Once joined (or signed out) a comparison has nothing left to decide.
  take: (snapshot) =>
    set((state) => ({
      loaded: true,
      snapshot,
      joinPreview: snapshot.status.state.kind === 'joining' ? state.joinPreview : null,
    })),
  joinPreview: null,
  setJoinPreview: (joinPreview) => set({ joinPreview }),
}));
