import { expect, test } from './harness/fixtures';
import type { Page } from '@playwright/test';

async function openDemo(page: Page, action: string) {
  await page.getByRole('button', { name: action }).click();
  await expect(page.getByRole('table')).toBeVisible();
}

test('first start in German: the demo workspace shows the team', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await expect(
    page.getByRole('heading', { name: 'Willkommen bei Sales Team Planner' }),
  ).toBeVisible();
  await openDemo(page, 'Demo-Arbeitsbereich öffnen');
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(13);
  await expect(page.getByRole('columnheader', { name: 'Karrierelevel' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Junior', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toContainText(
    'Kund*innen',
  );
  await expect(page.getByText(/\d+ aktiv · \d+ Seniors? · \d+ Juniors?/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('first start in English: the demo workspace shows the team', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'en-US' });
  await openDemo(page, 'Open demo workspace');
  await expect(page.getByRole('row')).toHaveCount(13);
  await expect(page.getByRole('columnheader', { name: 'Supervising Senior' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toContainText('Accounts');
});

test('a Junior needs a Senior; a proper one survives reload and a browser restart', async ({
  launchApp,
}) => {
  let app = await launchApp({ locale: 'en-GB' });
  await openDemo(app.page, 'Open demo workspace');
  const panel = app.page.getByRole('complementary');

  await app.page.getByRole('button', { name: 'Add member' }).click();
  await panel.getByLabel('Name').fill('Paula Neumann');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByText('A Junior needs a supervising Senior.')).toBeVisible();
  await expect(panel.getByLabel('Supervising Senior')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.page.getByRole('row')).toHaveCount(13);

  const senior = (await panel
    .getByLabel('Supervising Senior')
    .locator('option')
    .nth(1)
    .textContent())!;
  await panel.getByLabel('Supervising Senior').selectOption({ label: senior });
  await panel.getByLabel('Email').fill('paula.neumann@vertrieb.example');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(
    app.page.getByRole('status').filter({ hasText: 'Paula Neumann saved.' }),
  ).toBeVisible();
  await expect(app.page.getByRole('row')).toHaveCount(14);

  await app.page.reload();
  const row = app.page.getByRole('row').filter({ hasText: 'Paula Neumann' });
  await expect(row).toContainText('Junior');
  await expect(row).toContainText(senior);

  await app.close();
  app = await launchApp({ locale: 'en-GB' });
  await expect(app.page.getByRole('row').filter({ hasText: 'Paula Neumann' })).toContainText(
    senior,
  );
  await expect(app.page.getByRole('row')).toHaveCount(14);
});

test('the language follows the system, and Settings switches it', async ({ launchApp }) => {
  const { page } = await launchApp({ locale: 'de-DE' });
  await openDemo(page, 'Demo-Arbeitsbereich öffnen');
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Team' }).click();
  await expect(page.getByRole('columnheader', { name: 'Supervising Senior' })).toBeVisible();
});
