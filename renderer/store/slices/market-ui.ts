import type { StateCreator } from 'zustand';
import type { MarketGrouping } from '@shared/market/market-rows';
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
  /** The grouping the drill starts from, and the rows chosen since (region → territory → …). */
  marketGrouping: MarketGrouping;
  marketPath: Array<{ grouping: MarketGrouping; key: string }>;
  marketSort: { key: MarketSortKey; descending: boolean };
  setMarketTab: (tab: MarketTab) => void;
  /** A new grouping from the top (the drill starts again). */
  setMarketGrouping: (grouping: MarketGrouping) => void;
  /** Opens a row of the level shown: the next level (or its accounts) follows from it. */
  drillMarket: (step: { grouping: MarketGrouping; key: string }) => void;
  /** Back to step `depth` of the path (0: the top). */
  backMarket: (depth: number) => void;
  sortMarket: (key: MarketSortKey) => void;
}

export const createMarketUiSlice: StateCreator<AppState, [], [], MarketUiSlice> = (set) => ({
  marketTab: 'whitespace',
  marketGrouping: 'zone1',
  marketPath: [],
  marketSort: { key: 'untappedCents', descending: true },
  setMarketTab: (marketTab) => set({ marketTab }),
  setMarketGrouping: (marketGrouping) => set({ marketGrouping, marketPath: [] }),
  drillMarket: (step) => set((s) => ({ marketPath: [...s.marketPath, step] })),
  backMarket: (depth) => set((s) => ({ marketPath: s.marketPath.slice(0, depth) })),
  sortMarket: (key) =>
    set((s) => ({
      marketSort: {
        key,
        descending: s.marketSort.key === key ? !s.marketSort.descending : key !== 'name',
      },
    })),
});
