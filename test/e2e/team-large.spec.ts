import { generateWorkspace } from '@shared/demo/generate-workspace';
import { seedWorkspace } from '../bench/seed-workspace';
import { expect, test } from './harness/fixtures';

test('a team of 500 renders only visible rows and scrolls to every member', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await expect(page.getByRole('button', { name: 'Open demo workspace' })).toBeVisible();
  const data = generateWorkspace({ asOf: '2026-11-26', members: 500, accounts: 500, months: 1 });
  await seedWorkspace(page, data);
  await page.reload();

  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '501');
  const rendered = await page.locator('tbody tr:not([aria-hidden])').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(80);

  const collator = new Intl.Collator('de-DE', { sensitivity: 'base' });
  const last = [...data.members].sort((a, b) => collator.compare(a.name, b.name)).at(-1)!;
  await expect(page.getByRole('button', { name: last.name, exact: true })).toHaveCount(0);
  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.getByRole('button', { name: last.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Edit ${last.name}` })).toBeVisible();

  await page.getByRole('searchbox').fill(data.members[0]!.name);
  await expect(
    page.getByRole('button', { name: data.members[0]!.name, exact: true }),
  ).toBeVisible();
});
