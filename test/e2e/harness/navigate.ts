import { expect, type Page } from '@playwright/test';

/** Opens an area from the sidebar (English UI); the name may be followed by a badge. */
export const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();

/** Opens the demo workspace and its scenarios (English UI). */
export async function openDemoScenarios(page: Page) {
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Territories');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
}

/** Opens the demo workspace and the Import screen (German UI). */
export async function openDemoImport(page: Page) {
  await page.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
  await page.getByRole('heading', { name: 'Team' }).waitFor();
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Import' })
    .click();
}

/** Chooses who the user acts as, in Settings (English UI). */
export async function actAs(page: Page, person: string) {
  await nav(page, 'Settings');
  await page.getByLabel('Acting as').selectOption({ label: person });
}

/** On the team list of the demo: the first Junior and their supervising Senior, by name. */
export async function juniorAndSenior(page: Page): Promise<{ junior: string; senior: string }> {
  const row = page
    .getByRole('row')
    .filter({ has: page.getByText('Junior', { exact: true }) })
    .first();
  return {
    junior: (await row.getByRole('rowheader').textContent())!,
    senior: (await row.getByRole('cell').nth(1).textContent())!,
  };
}

/** Each member's potential as the live balance panel lists it (name → shown value). */
export async function liveBalance(page: Page): Promise<Map<string, string>> {
  await page.getByRole('tab', { name: 'Live assignment' }).click();
  const table = page.locator('.balance-table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const values = new Map<string, string>();
  for (const row of (await table.getByRole('row').all()).slice(1))
    values.set(
      (await row.getByRole('rowheader').textContent())!,
      (await row.getByRole('cell').first().textContent())!,
    );
  return values;
}
