import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PlainMessageKey } from '@shared/i18n/translate';
import type { SortKey } from '@renderer/app/data/account-query';

/**
 * The accounts table's columns after the customer (always shown, frozen at the left). Who looks
 * after an account comes first, so it stays in view at the default window size.
 */
export const ACCOUNT_COLUMNS = [
  { id: 'owner', label: 'accounts.col.owner', sort: null, width: 150 },
  { id: 'territory', label: 'accounts.col.territory', sort: null, width: 110 },
  { id: 'postalCode', label: 'accounts.col.postalCode', sort: 'postalCode', width: 165 },
  { id: 'segment', label: 'accounts.col.segment', sort: 'segment', width: 95 },
  {
    id: 'potential',
    label: 'accounts.col.potential',
    sort: 'potential',
    numeric: true,
    width: 150,
  },
  {
    id: 'priorYearRevenue',
    label: 'accounts.col.priorYearRevenue',
    sort: 'priorYearRevenue',
    numeric: true,
    width: 160,
  },
  { id: 'status', label: 'accounts.col.status', sort: 'status', width: 120 },
  {
    id: 'satisfaction',
    label: 'accounts.col.satisfaction',
    sort: 'satisfaction',
    numeric: true,
    width: 120,
  },
] as const satisfies ReadonlyArray<{
  id: string;
  label: PlainMessageKey;
  sort: SortKey | null;
  numeric?: boolean;
  /** Fixed, so the table lays out without measuring its rows (scrolling and filtering stay cheap). */
  width: number;
}>;

/** The tick box's column and the least the customer's gets; the customer takes what is left. */
export const SELECT_COLUMN_WIDTH = 44;
export const CUSTOMER_MIN_WIDTH = 280;

export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number]['id'];

/** What fits beside the customer in a 1280 px window; the rest is one click away. */
export const DEFAULT_ACCOUNT_COLUMNS: readonly AccountColumn[] = [
  'owner',
  'territory',
  'postalCode',
  'segment',
  'potential',
];

const known = new Set<string>(ACCOUNT_COLUMNS.map((c) => c.id));

interface ColumnChoice {
  shown: readonly AccountColumn[];
  toggle: (column: AccountColumn) => void;
  reset: () => void;
}

/** The columns this user chose, kept on this computer (a view preference, not workspace data). */
export const useAccountColumns = create<ColumnChoice>()(
  persist(
    (set) => ({
      shown: DEFAULT_ACCOUNT_COLUMNS,
      toggle: (column) =>
        set(({ shown }) => ({
          // Kept in the table's order, whatever order they were ticked in.
          shown: ACCOUNT_COLUMNS.map((c) => c.id).filter((id) =>
            id === column ? !shown.includes(id) : shown.includes(id),
          ),
        })),
      reset: () => set({ shown: DEFAULT_ACCOUNT_COLUMNS }),
    }),
    {
      name: 'stp.accounts.columns',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ shown }) => ({ shown }),
      // A stored choice from another version keeps only the columns this one knows.
      merge: (stored, current) => {
        const shown = (stored as { shown?: unknown } | undefined)?.shown;
        return Array.isArray(shown)
          ? { ...current, shown: shown.filter((id): id is AccountColumn => known.has(id)) }
          : current;
      },
    },
  ),
);
