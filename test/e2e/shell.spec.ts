import { expect, test } from './harness/fixtures';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { sendMenuCommand } from './harness/preload-emulation';

test('the page gets named planner functions only, and no Node', async ({ launchApp }) => {
  const { page } = await launchApp();
  const shape = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    keys: Object.keys(window.planner ?? {}).sort(),
    functions: Object.values(window.planner ?? {}).every((v) => typeof v === 'function'),
  }));
  expect(shape).toEqual({
    require: 'undefined',
    process: 'undefined',
    keys: [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort(),
    functions: true,
  });
});

test('main refuses hostile payloads with a typed error', async ({ launchApp }) => {
  const { page } = await launchApp();
  const results = await page.evaluate(async () => {
    const api = window.planner as unknown as Record<string, (p?: unknown) => Promise<unknown>>;
    return Promise.all([
      api.setMenuLanguage!({ language: 'xx' }),
      api.setMenuLanguage!({ language: 'de', path: '../../etc/passwd' }),
      api.getAppInfo!({ unexpected: true }),
    ]);
  });
  for (const result of results)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
});

test('the CSP blocks inline script and network requests', async ({ launchApp }) => {
  const { page } = await launchApp();
  await expect(page.getByRole('heading', { name: 'Welcome to Sales Team Planner' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    let fetched = 'no';
    await fetch('https://example.com/').then(
      () => (fetched = 'yes'),
      () => (fetched = 'blocked'),
    );
    await new Promise((r) => setTimeout(r, 50));
    return { inlineRan: 'inlineRan' in window || '__inlineRan' in window, fetched, violations };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.fetched).toBe('blocked');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
});

test('Settings shows version and data folder from the main services', async ({
  launchApp,
  dataDir,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('app-version')).toHaveText('0.1.0');
  await expect(page.getByTestId('data-folder')).toHaveText(dataDir);
});

test('native menu commands navigate and open the member form', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'No team members yet' })).toBeVisible();
  await sendMenuCommand(page, { command: 'go-to', section: 'plans' });
  await expect(page.getByRole('heading', { name: 'Sales plans' })).toBeVisible();
  await expect(page.getByText('Add team members first')).toBeVisible();
  await sendMenuCommand(page, { command: 'go-to', section: 'performance' });
  await expect(page.getByRole('heading', { name: 'Performance', level: 1 })).toBeVisible();
  await expect(page.getByText('There is nobody on the team yet.')).toBeVisible();
  await sendMenuCommand(page, { command: 'new-member' });
  await expect(page.getByRole('heading', { name: 'New team member' })).toBeVisible();
  await expect(page.getByRole('complementary').getByLabel('Name')).toBeFocused();
});

test('everything on the team screen is reachable by keyboard', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Add member' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Till Krause');
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel('Email')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});
