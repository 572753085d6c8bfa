import type { StateCreator } from 'zustand';
import {
  EMPTY_FILTER,
  FIRST_SORT,
  type AccountFilter,
  type AccountSort,
} from '@renderer/app/data/account-query';
import type { AppState } from '../app-store';
import type { BalanceBy, BalanceMetric } from '@shared/territory/balance';

export type AccountEditor =
  { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; accountId: string };

export interface AccountsUiSlice {
  accountFilter: AccountFilter;
  accountSort: AccountSort;
  selectedAccounts: ReadonlySet<string>;
  accountEditor: AccountEditor;
  setAccountFilter: (change: Partial<AccountFilter>) => void;
  sortAccountsBy: (key: AccountSort['key']) => void;
  setSelectedAccounts: (ids: ReadonlySet<string>) => void;
  toggleAccount: (id: string) => void;
  openAccount: (editor: AccountEditor) => void;
  selectedTerritoryId: string | null;
  selectTerritory: (id: string | null) => void;
  balanceMetric: BalanceMetric;
  setBalanceMetric: (metric: BalanceMetric) => void;
  balanceBy: BalanceBy;
  setBalanceBy: (by: BalanceBy) => void;
  /** How many accounts are being dragged (0: none). */
  draggingAccounts: number;
  setDraggingAccounts: (count: number) => void;
}

export const createAccountsUiSlice: StateCreator<AppState, [], [], AccountsUiSlice> = (set) => ({
  accountFilter: EMPTY_FILTER,
  accountSort: FIRST_SORT,
  selectedAccounts: new Set(),
  accountEditor: { mode: 'closed' },
  setAccountFilter: (change) => set((s) => ({ accountFilter: { ...s.accountFilter, ...change } })),
  sortAccountsBy: (key) =>
    set((s) => ({
      accountSort: {
        key,
        // Amounts start with the largest; text starts with A.
        direction:
          s.accountSort.key === key
            ? s.accountSort.direction === 'asc'
              ? 'desc'
              : 'asc'
            : key === 'potential' || key === 'priorYearRevenue'
              ? 'desc'
              : 'asc',
      },
    })),
  setSelectedAccounts: (selectedAccounts) => set({ selectedAccounts }),
  toggleAccount: (id) =>
    set((s) => {
      const next = new Set(s.selectedAccounts);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selectedAccounts: next };
    }),
  openAccount: (accountEditor) => set({ accountEditor }),
  selectedTerritoryId: null,
  selectTerritory: (selectedTerritoryId) => set({ selectedTerritoryId }),
  balanceMetric: 'potential',
  setBalanceMetric: (balanceMetric) => set({ balanceMetric }),
  balanceBy: 'member',
  setBalanceBy: (balanceBy) => set({ balanceBy }),
  draggingAccounts: 0,
  setDraggingAccounts: (draggingAccounts) => set({ draggingAccounts }),
});
