import type { Table } from 'dexie';
import type { Account } from '@shared/domain/account';

/**
 * Rows per read. Reading all 250,000 accounts in one request made one task of 1.7 s (the
 * browser turns the whole result into objects at once): no click or key was answered meanwhile.
 * A page of 2,000 took about 20 ms on the main thread, but with 250,000 in memory a major
 * garbage collection (about 30 ms) often lands in one: pages of 1,000 keep such a task under
 * 50 ms (traced; the load as a whole is no slower). The browser paints between pages.
 */
export const ACCOUNT_PAGE_ROWS = 1_000;

/**
 * Every account, in primary-key order (the order one `toArray` gives), read a page at a time.
 * Each page is its own short transaction, so a command's write never waits seconds for the whole
 * read: a caller that must not miss such a write applies the changes announced meanwhile.
 * `onPage` sees each page as it arrives, with how many of about how many are read.
 */
export async function readAccountsInPages(
  table: Table<Account, string>,
  onPage: (page: Account[], read: number, total: number) => void,
  pageRows = ACCOUNT_PAGE_ROWS,
): Promise<Account[]> {
  const total = await table.count();
  const accounts: Account[] = [];
  let page = await table.toCollection().limit(pageRows).toArray();
  for (;;) {
    // The next page is asked for before this one is handed on: the database reads it while
    // the main thread works on this one.
    const next =
      page.length < pageRows
        ? null
        : table
            .where(':id')
            .above(page[page.length - 1]!.id)
            .limit(pageRows)
            .toArray();
    try {
      for (const account of page) accounts.push(account);
      onPage(page, accounts.length, Math.max(total, accounts.length));
    } catch (error) {
      next?.catch(() => {});
      throw error;
    }
    if (next === null) return accounts;
    page = await next;
  }
}
