import { useSyncExternalStore } from 'react';

/** How many of about how many accounts are read (0 of 0: not known yet, or not loading). */
export interface AccountLoadProgress {
  read: number;
  total: number;
}

const NOT_LOADING: AccountLoadProgress = { read: 0, total: 0 };
let progress = NOT_LOADING;
const listeners = new Set<() => void>();

/**
 * Kept apart from the accounts' state: a load of 250,000 reports 125 pages, and only the
 * loading indicator needs each one — the screens waiting for the accounts render once.
 */
export function reportAccountLoad(read: number, total: number): void {
  progress = read === 0 && total === 0 ? NOT_LOADING : { read, total };
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAccountLoadProgress(): AccountLoadProgress {
  return useSyncExternalStore(subscribe, () => progress);
}
