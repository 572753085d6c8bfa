import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { openDemoScenarios } from './harness/navigate';

const number = (text: string | null) => Number(text!.replace(/\D/g, ''));

async function proposeExactly(page: Page, seconds: string) {
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Start from').selectOption({ label: 'Live assignment' });
  await page.getByLabel('Even out').selectOption({ label: 'Potential' });
  await page.getByLabel('Tolerance ± %').fill('5');
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByRole('radio', { name: /^Exact/ }).check();
  await page.getByLabel('Time limit').selectOption({ label: `${seconds} s` });
  await page.getByRole('button', { name: 'Propose a scenario' }).click();
}

/** The side-by-side table: [fast, exact] per row label. */
async function compared(page: Page, row: string) {
  const cells = page
    .getByRole('table')
    .filter({ hasText: 'Fast' })
    .getByRole('row', { name: new RegExp(`^${row}`) })
    .getByRole('cell');
  return [
    number(await cells.nth(0).textContent()),
    number(await cells.nth(1).textContent()),
  ] as const;
}

test('exact auto-balance: the solver (WebAssembly, under the app’s CSP) starts from the fast proposal, says how close to optimal it is, and stopping keeps the best so far', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await openDemoScenarios(page);

  await proposeExactly(page, '10');
  // While it searches: the best so far and a way to keep it.
  await expect(page.getByText(/Searching for the optimum/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible({
    timeout: 60_000,
  });
  const verdict = page.getByTestId('exact-verdict');
  await expect(verdict).toHaveText(/^(Optimal: .*|Within .* of optimal: .*time limit of 10 s)/);
  const [fastMoved, exactMoved] = await compared(page, 'Accounts that move');
  expect(exactMoved).toBeGreaterThan(0);
  expect(exactMoved).toBeLessThanOrEqual(fastMoved);
  expect(number(await page.getByTestId('moved-accounts').textContent())).toBe(exactMoved);
  const [fastInside, exactInside] = await compared(page, 'Members within');
  expect(exactInside).toBeGreaterThanOrEqual(0);
  expect(fastInside).toBeGreaterThanOrEqual(0);

  // A second run with two minutes: stopped as soon as it searches, it keeps what it has.
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await proposeExactly(page, '120');
  const stop = page.getByRole('button', { name: 'Stop and keep the best so far' });
  await expect(stop).toBeEnabled({ timeout: 30_000 });
  await stop.click();
  await expect(page.getByTestId('exact-verdict')).toContainText('stopped after', {
    timeout: 15_000,
  });
  const [fastAgain, kept] = await compared(page, 'Accounts that move');
  expect(fastAgain).toBe(fastMoved);
  expect(kept).toBeLessThanOrEqual(fastAgain);
});
