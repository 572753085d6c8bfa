import type { Page } from '@playwright/test';

/** Opens an area from the sidebar (English UI); the name may be followed by a badge. */
export const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();

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
