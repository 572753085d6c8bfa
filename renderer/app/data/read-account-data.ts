import type { Account } from '@shared/domain/account';
import { db } from '@renderer/db/db';
import { searchTextOf, type SortKey } from './account-query';
import { isTextColumn, TextColumn } from './account-sort';
import { ACCOUNT_PAGE_ROWS, readAccountsInPages } from './read-accounts';
import { buildSearchIndex, type SearchIndex } from './search-index';

/** Every account with what searching and finding one by id need. */
export interface ReadAccounts {
  accounts: Account[];
  search: SearchIndex;
  indexById: Map<string, number>;
  /** The distinct values of the text column `firstSort` names, gathered page by page. */
  firstSort: TextColumn | null;
}

export class Overtaken extends Error {}

export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every account page by page, growing the search text and the id index with each page
 * rather than in one long task at the end. Throws `Overtaken` as soon as `isCurrent` says a
 * newer load has started.
 */
export async function readAccountData({
  isCurrent,
  onProgress,
  pageRows = ACCOUNT_PAGE_ROWS,
  firstSort,
  tallies = [],
}: {
  isCurrent: () => boolean;
  onProgress: (read: number, total: number) => void;
  pageRows?: number;
  /** The column the accounts table opens sorted by. */
  firstSort: SortKey;
  /** Sums that screens need, gathered page by page too (see account-sums, balance-loads). */
  tallies?: ReadonlyArray<{ add(account: Account): void }>;
}): Promise<ReadAccounts> {
  const text: string[] = [];
  const column = isTextColumn(firstSort) ? new TextColumn(firstSort) : null;
  const indexById = new Map<string, number>();
  const accounts = await readAccountsInPages(
    db.accounts,
    (page, read, total) => {
      if (!isCurrent()) throw new Overtaken();
      for (const account of page) {
        indexById.set(account.id, text.length);
        text.push(searchTextOf(account));
        column?.add(account);
        for (const tally of tallies) tally.add(account);
      }
      onProgress(read, total);
    },
    pageRows,
  );
  // Building the haystack gets a task of its own (about 60 ms at 250k, traced), not added to
  // the last page's.
  await nextTask();
  if (!isCurrent()) throw new Overtaken();
  return { accounts, search: buildSearchIndex(text), indexById, firstSort: column };
}
