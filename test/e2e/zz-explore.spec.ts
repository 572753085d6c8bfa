import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';

test('explore', async ({ launchApp }) => {
  const { page } = await launchApp();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Performance');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/pe/dash.png', fullPage: true });
  await page.getByRole('tab', { name: 'Variance report' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/pe/report.png', fullPage: true });
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/pe/charts.png', fullPage: true });
  await page.getByRole('tab', { name: 'Actuals' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/pe/actuals.png', fullPage: true });
  console.log(errors.join('\n'));
});
