import type { Page } from '@playwright/test';

/** Opens an area from the sidebar (English UI); the name may be followed by a badge. */
export const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();

/** Chooses who the user acts as, in Settings (English UI). */
export async function actAs(page: Page, person: string) {
  await nav(page, 'Settings');
  await page.getByLabel('Acting as').selectOption({ label: person });
}
