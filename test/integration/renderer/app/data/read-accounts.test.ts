import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { readAccountsInPages } from '@renderer/app/data/read-accounts';
import { freshDatabases } from '../../fresh-db';

const newDatabase = freshDatabases('read-accounts');
const demoAccounts = (count: number) =>
  generateWorkspace({ asOf: '2026-11-26', accounts: count, months: 1 }).accounts;

describe('reading the accounts in pages', () => {
  it('gives what one full read gives, in the same order, a page at a time', async () => {
    const db = newDatabase();
    await db.accounts.bulkPut(demoAccounts(30));
    const seen: Array<[number, number, number]> = [];
    const read = await readAccountsInPages(
      db.accounts,
      (page, soFar, total) => seen.push([page.length, soFar, total]),
      7,
    );
    expect(read).toEqual(await db.accounts.toArray());
    expect(seen).toEqual([
      [7, 7, 30],
      [7, 14, 30],
      [7, 21, 30],
      [7, 28, 30],
      [2, 30, 30],
    ]);
  });

  it('ends on a page that comes back empty when the count divides evenly, and reads an empty table', async () => {
    const db = newDatabase();
    await db.accounts.bulkPut(demoAccounts(14));
    const pages: number[] = [];
    const read = await readAccountsInPages(db.accounts, (page) => pages.push(page.length), 7);
    expect(read.map((a) => a.id)).toEqual((await db.accounts.toArray()).map((a) => a.id));
    expect(pages).toEqual([7, 7, 0]);
    expect(await readAccountsInPages(newDatabase().accounts, () => {}, 7)).toEqual([]);
  });

  it('stops at the page whose handler throws (a load overtaken by a newer one)', async () => {
    const db = newDatabase();
    await db.accounts.bulkPut(demoAccounts(30));
    const pages: number[] = [];
    const stop = new Error('overtaken');
    const reading = readAccountsInPages(
      db.accounts,
      (_, read) => {
        pages.push(read);
        if (read === 14) throw stop;
      },
      7,
    );
    await expect(reading).rejects.toBe(stop);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pages).toEqual([7, 14]);
  });
});
