import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { openDemoImport } from './harness/navigate';

// Closing the app (or losing it) while a large import is on its way to disk costs no row.
const ROWS = 25_000;
test.describe.configure({ timeout: 360_000 });

async function importAccounts(page: Page) {
  await openDemoImport(page);
  const lines = ['Kundennummer;Name;PLZ;Potenzial'];
  for (let i = 0; i < ROWS; i += 1)
    lines.push(`Q-${i};Firma ${i};${String(10000 + (i % 89999))};${i},50`);
  await page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles({
    name: 'gross.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.getByRole('button', { name: 'Ganze Datei prüfen' }).click();
  await page.getByRole('button', { name: 'Zeilen importieren: 25.000' }).click();
  await expect(page.getByText('Importiert: 25.000 neu, 0 aktualisiert.')).toBeVisible({
    timeout: 120_000,
  });
}

async function expectAllAccountsAfterRestart(
  launchApp: Parameters<Parameters<typeof test>[2]>[0]['launchApp'],
) {
  const again = await launchApp({ locale: 'de-DE' });
  // Start-up speed is the bench's subject: here the start replays what the disk lacks, on a
  // machine shared with other journeys, so it may take longer than an assertion's 20 s.
  await expect(again.page.getByTestId('save-status')).toHaveText('Alle Änderungen gespeichert', {
    timeout: 120_000,
  });
  await again.page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('button', { name: 'Kund*innen' })
    .click();
  await expect(again.page.getByText('27.000 von 27.000 Kund*innen')).toBeVisible();
  await expect.poll(() => again.persistence.status().counts.accounts).toBe(27_000);
}

test('quitting right after a 25,000-row import: main waits for the save, nothing is lost', async ({
  launchApp,
}) => {
  const app = await launchApp({ locale: 'de-DE', slowAppendsMs: 300 });
  await importAccounts(app.page);
  const quitting = app.quit();
  await expect(
    app.page.getByText('Die letzten Änderungen werden vor dem Schließen gespeichert …'),
  ).toBeVisible();
  await expect(quitting).resolves.toEqual({ answered: true });
  expect(app.persistence.status().counts.accounts).toBe(27_000);
  await expectAllAccountsAfterRestart(launchApp);
});

test('the app dies after 2 of 5 batches of a 25,000-row import: the next start saves the rest', async ({
  launchApp,
}) => {
  const app = await launchApp({ locale: 'de-DE', slowAppendsMs: 400 });
  await importAccounts(app.page);
  await expect
    .poll(() => app.persistence.status().counts.accounts, { intervals: [20] })
    .toBeGreaterThanOrEqual(2_000 + 10_000);
  await app.close();
  const onDisk = app.persistence.status().counts.accounts ?? 0;
  expect(onDisk).toBeLessThan(27_000);
  await expectAllAccountsAfterRestart(launchApp);
});
