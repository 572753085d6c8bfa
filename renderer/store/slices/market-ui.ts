import type { StateCreator } from 'zustand';
import type { MarketGrouping } from '../../../shared/market/market-rows';
import type { AppState } from '../app-store';

export const MARKET_TABS = ['whitespace', 'pictures', 'abc'] as const;
export type MarketTab = (typeof MARKET_TABS)[number];
export type MarketSortKey =
  | 'name'
  | 'accounts'
  | 'potentialCents'
  | 'priorYearCents'
  | 'ytdCents'
  | 'penetration'
  | 'untappedCents';

export interface MarketUiSlice {
  marketTab: MarketTab;
  /** The grouping shown, and the rows chosen on the way there (region → territory → accounts). */
  marketGrouping: MarketGrouping;
  marketPath: Array<{ grouping: MarketGrouping; key: string }>;
  /** Set when the drill reached the accounts of the last step. */
  marketAccounts: boolean;
  marketSort: { key: MarketSortKey; descending: boolean };
  setMarketTab: (tab: MarketTab) => void;
  /** A new grouping from the top (the drill starts again). */
  setMarketGrouping: (grouping: MarketGrouping) => void;
  drillMarket: (
    step: { grouping: MarketGrouping; key: string },
    next: MarketGrouping | 'accounts',
  ) => void;
  /** Back to step `depth` of the path (0: the top). */
  backMarket: (depth: number) => void;
  sortMarket: (key: MarketSortKey) => void;
}

export const createMarketUiSlice: StateCreator<AppState, [], [], MarketUiSlice> = (set, get) => ({
  marketTab: 'whitespace',
  marketGrouping: 'zone1',
  marketPath: [],
  marketAccounts: false,
  marketSort: { key: 'untappedCents', descending: true },
  setMarketTab: (marketTab) => set({ marketTab }),
  setMarketGrouping: (marketGrouping) =>
    set({ marketGrouping, marketPath: [], marketAccounts: false }),
  drillMarket: (step, next) =>
    set((s) => ({
      marketPath: [...s.marketPath, step],
      marketGrouping: next === 'accounts' ? s.marketGrouping : next,
      marketAccounts: next === 'accounts',
    })),
  backMarket: (depth) => {
    const path = get().marketPath;
    const step = path[depth];
    set({
      marketPath: path.slice(0, depth),
      marketGrouping: step ? step.grouping : get().marketGrouping,
      marketAccounts: false,
    });
  },
  sortMarket: (key) =>
    set((s) => ({
      marketSort: {
        key,
        descending: s.marketSort.key === key ? !s.marketSort.descending : key !== 'name',
      },
    })),
});
