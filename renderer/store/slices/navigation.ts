import type { StateCreator } from 'zustand';
import type { ImportKind } from '@shared/csv/import/import-kinds';
import { SECTIONS, type Section } from '@shared/navigation';
import type { AppState } from '../app-store';

export interface NavigationSlice {
  section: Section;
  goTo: (section: Section) => void;
  /** What the Import screen opens with (a screen's "Import …" button chooses it). */
  importKind: ImportKind;
  openImport: (kind: ImportKind) => void;
  /** The plan version the Sales plans screen shows (null: the newest). */
  planId: string | null;
  openPlan: (planId: string | null) => void;
}

/** The section named by the URL hash (#/team), so a reload stays where the user was. */
export function sectionFromHash(hash: string): Section {
  const name = hash.replace(/^#\/?/, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'team';
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (
  set,
  get,
) => ({
  importKind: 'accounts',
  planId: null,
  openPlan: (planId) => {
    set({ planId });
    get().goTo('plans');
  },
  openImport: (kind) => {
    set({ importKind: kind });
    get().goTo('import');
  },
  section: typeof location === 'undefined' ? 'team' : sectionFromHash(location.hash),
  goTo: (section) => {
    set({ section });
    if (typeof location !== 'undefined' && location.hash !== `#/${section}`) {
      history.replaceState(null, '', `#/${section}`);
    }
  },
});
