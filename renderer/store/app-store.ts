import { create } from 'zustand';
import { onApplied } from '../commands/run-command';
import { createAccountsUiSlice, type AccountsUiSlice } from './slices/accounts-ui';
import { createHistorySlice, type HistorySlice } from './slices/history';
import { createNavigationSlice, type NavigationSlice } from './slices/navigation';
import { createMarketUiSlice, type MarketUiSlice } from './slices/market-ui';
import { createPerformanceUiSlice, type PerformanceUiSlice } from './slices/performance-ui';
import { createPersistenceSlice, type PersistenceSlice } from './slices/persistence';
import { createScenariosUiSlice, type ScenariosUiSlice } from './slices/scenarios-ui';
import { createSessionSlice, type SessionSlice } from './slices/session';
import { createTeamUiSlice, type TeamUiSlice } from './slices/team-ui';

/** UI and session state only; the data lives in Dexie. Read with one selector per value. */
export type AppState = NavigationSlice &
  TeamUiSlice &
  AccountsUiSlice &
  HistorySlice &
  SessionSlice &
  PersistenceSlice &
  PerformanceUiSlice &
  MarketUiSlice &
  ScenariosUiSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createNavigationSlice(...args),
  ...createTeamUiSlice(...args),
  ...createAccountsUiSlice(...args),
  ...createHistorySlice(...args),
  ...createSessionSlice(...args),
  ...createPersistenceSlice(...args),
  ...createPerformanceUiSlice(...args),
  ...createMarketUiSlice(...args),
  ...createScenariosUiSlice(...args),
}));

// Every change a command applies lands in the acting person's undo history.
onApplied((change) => useAppStore.getState().record(change));
