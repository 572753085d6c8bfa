import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TableName } from '@shared/persistence/tables';
import { db } from '@renderer/db/db';

/**
 * Reads from the working database kept for as long as the tables they read are unchanged, so
 * a screen opened again paints at once instead of waiting for IndexedDB (a live query starts
 * empty on every mount). Every committed change is told to the journal's listeners, with the
 * tables it touched; a replaced workspace (restore, import, reconcile) counts for all.
 */
const changes = new Map<string, number>();
let replaced = 0;
const listeners = new Set<() => void>();
let watching = false;

function watch(): void {
  if (watching) return;
  watching = true;
  db.journal.subscribe((ops) => {
    if (ops === null) replaced += 1;
    else for (const op of ops) changes.set(op.table, (changes.get(op.table) ?? 0) + 1);
    listeners.forEach((listener) => listener());
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where the tables stand: equal stamps, equal contents (within one open database). */
export function stampOf(tables: readonly TableName[]): string {
  return `${replaced}|${tables.map((table) => changes.get(table) ?? 0).join('.')}`;
}

interface Entry {
  stamp: string;
  /** The open database it was read from: a deleted and reopened one is another. */
  backend: unknown;
  value: unknown;
}

const cache = new Map<string, Entry>();
const KEPT = 16;

const backend = () => (db.isOpen() ? db.backendDB() : null);

function remember(key: string, entry: Entry): void {
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
}

/**
 * `load`'s result for `key` (which must name everything `load` depends on besides the
 * tables), read again whenever one of `tables` changes. Until the first read of a key it is
 * undefined; after a change the previous result shows until the new one is read.
 */
export function useCachedQuery<T>(
  key: string,
  tables: readonly TableName[],
  load: () => Promise<T>,
): T | undefined {
  watch();
  const stamp = useSyncExternalStore(subscribe, () => stampOf(tables));
  const stored = cache.get(key);
  // A read from a database since deleted (a new workspace in tests) is never shown.
  const entry = stored?.backend === backend() ? stored : undefined;
  const fresh = entry?.stamp === stamp;
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [, setRead] = useState(0);
  useEffect(() => {
    if (fresh) return;
    let current = true;
    load().then(
      (value) => {
        remember(key, { stamp, backend: backend(), value });
        if (current) setRead((n) => n + 1);
      },
      (error: unknown) => {
        if (current) setFailure({ error });
      },
    );
    return () => {
      current = false;
    };
    // `load` is new on every render; `key` names what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, stamp, fresh]);
  // As a live query does: a failed read goes to the screen's error boundary.
  if (failure) throw failure.error;
  return entry?.value as T | undefined;
}

/** For tests: forget every read, as a fresh window would. */
export function forgetCachedQueries(): void {
  cache.clear();
}
