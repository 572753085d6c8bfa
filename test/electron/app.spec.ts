import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('starts on the app origin with no Node, no ipcRenderer and only named planner functions', async ({
  startApp,
}) => {
  const { app, page } = await startApp();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(await page.evaluate(() => location.origin)).toBe('app://bundle');
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    planner: Object.values(window.planner ?? {}).every((v) => typeof v === 'function'),
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', planner: true });
  // The exact webPreferences are asserted by the unit tests of the window factory.
});

test('refuses new windows and navigation away from the app', async ({ startApp }) => {
  const { app, page } = await startApp();
  await page.evaluate(() => window.open('https://example.com/'));
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/bundle\//);
});

test('the Backups menu command opens the screen; export and backup land in their folders', async ({
  startApp,
  filesDir,
  dataDir,
}) => {
  const { app, page } = await startApp();
  await page.getByRole('button', { name: /demo workspace/ }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await app.evaluate(({ Menu }) => {
    const file = Menu.getApplicationMenu()!.items[0]!.submenu!.items;
    file.find((item) => /Backups/.test(item.label))!.click();
  });
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup created.' })).toBeVisible();
  expect(readdirSync(`${dataDir}/backups`).some((f) => f.endsWith('.stsnap'))).toBe(true);
  await page.getByRole('button', { name: 'Export workspace…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
  expect(readdirSync(filesDir).some((f) => f.endsWith('.stplan'))).toBe(true);
});

test('data survives an app restart', async ({ startApp }) => {
  let running = await startApp();
  await running.page.getByRole('button', { name: /demo workspace/ }).click();
  await running.page.getByRole('button', { name: 'Add member' }).click();
  const panel = running.page.getByRole('complementary');
  await panel.getByLabel('Name').fill('Nele Hartmann');
  await panel.getByRole('radio', { name: 'Senior Sales Manager' }).check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(running.page.getByTestId('save-status')).toHaveText('All changes saved');
  await running.app.close();

  running = await startApp();
  await expect(running.page.getByRole('rowheader', { name: 'Nele Hartmann' })).toBeVisible();
});
