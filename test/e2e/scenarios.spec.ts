import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, liveBalance, nav } from './harness/navigate';

const movedCount = async (page: Page) =>
  Number((await page.getByTestId('moved-accounts').textContent())!.replace(/\D/g, ''));

test('auto-balance a scenario, inspect the diff and flows, apply it; discard another and nothing changes; scenarios survive a restart', async ({
  launchApp,
  tempDir,
}) => {
  const first = await launchApp();
  const { page } = first;
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  await nav(page, 'Territories');
  const before = await liveBalance(page);
  expect(before.size).toBe(12);

  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(page.getByRole('heading', { name: 'No scenarios yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Even out').selectOption({ label: 'Potential' });
  await page.getByLabel('Tolerance ± %').fill('5');
  // The demo team needs more visits than it has: balance potential without the capacity limit.
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();

  // The explanation: far more even than before, and exactly as even as the account sizes allow.
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible();
  const maxBefore = parseFloat(
    (await page.getByText('Largest deviation before').locator('xpath=../dd').textContent())!,
  );
  const maxAfter = parseFloat((await page.getByTestId('max-after').textContent())!);
  const bound = parseFloat((await page.getByTestId('bound').textContent())!);
  expect(maxAfter).toBeLessThan(maxBefore / 2);
  expect(maxAfter).toBeGreaterThanOrEqual(bound);
  // ±5 % is not reachable here: the headline says what was reached, not the aim.
  const summary = page.locator('.scenario-explain > p').first();
  await expect(summary).not.toContainText('to within ±5');
  await expect(summary).toContainText(
    `largest deviation went from ${(await page.getByText('Largest deviation before').locator('xpath=../dd').textContent())!} to ${(await page.getByTestId('max-after').textContent())!}`,
  );
  // The before/after chart: a bar per member and side, with the band.
  const chart = page.getByRole('img', { name: 'Before and after, per member' });
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(24);
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(1);
  const moved = await movedCount(page);
  expect(moved).toBeGreaterThan(0);

  // The diff: every moved account listed, Senior-only accounts only to Seniors.
  await page.getByRole('tab', { name: 'Moved accounts' }).click();
  await expect(page.getByRole('status').filter({ hasText: /accounts$/ })).toHaveText(
    `${moved.toLocaleString('en-GB')} accounts`,
  );
  const firstMove = page
    .getByRole('table', { name: 'Accounts that change owner' })
    .getByRole('row')
    .nth(1);
  const from = (await firstMove.getByRole('cell').nth(4).textContent())!;
  const to = (await firstMove.getByRole('cell').nth(5).textContent())!;
  expect(from).not.toBe(to);

  // The flows: the matrix cell of that first move counts at least it.
  await page.getByRole('tab', { name: 'Flows' }).click();
  const matrix = page.getByRole('table', { name: 'Accounts from member to member' });
  const header = await matrix.getByRole('columnheader').allTextContents();
  const fromRow = matrix
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: from, exact: true }) });
  const cell = fromRow.getByRole('cell').nth(header.indexOf(to) - 1);
  expect(Number((await cell.textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
  const flowTotal = (await page.getByRole('table', { name: 'Every flow' }).getByRole('row').all())
    .length;
  expect(flowTotal).toBeGreaterThan(1);

  // Apply: live now is the scenario, and the live balance changed.
  await page.getByRole('button', { name: 'Apply to live' }).click();
  await expect(page.getByText(/is now the live assignment/)).toBeVisible();
  await expect(page.getByTestId('moved-accounts')).toHaveText('0');
  const afterApply = await liveBalance(page);
  expect(
    [...afterApply].filter(([name, value]) => before.get(name) !== value).length,
  ).toBeGreaterThan(4);

  // Another scenario: hand one territory to someone else, see it move accounts, discard it.
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  // The list says where a scenario came from in the UI's words, not the stored key.
  await expect(page.locator('.scenario-item').first()).toContainText('Copied from Live assignment');
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Territories', selected: true })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Regions and territories' })
    .getByRole('button', { name: /^Nord 1/ })
    .click();
  const owner = page.getByLabel('Owner', { exact: true });
  const options = await owner.locator('option').allTextContents();
  const current = await owner.locator('option:checked').textContent();
  await owner.selectOption({ label: options.find((o) => o !== current && o.includes('Senior'))! });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect.poll(() => movedCount(page)).toBeGreaterThan(0);
  const handedOver = await movedCount(page);

  // Keep one moved account with its owner, then free it again by its customer number.
  await page.getByRole('tab', { name: 'Moved accounts' }).click();
  const kept = page
    .getByRole('table', { name: 'Accounts that change owner' })
    .getByRole('row')
    .nth(1);
  const number = (await kept.getByRole('rowheader').locator('.small').textContent())!;
  await kept.getByRole('button', { name: /^Keep with/ }).click();
  await expect(page.getByTestId('moved-accounts')).toHaveText(String(handedOver - 1));
  await page.getByRole('tab', { name: 'Territories' }).click();
  await page.getByLabel('Customer number').fill('K-000');
  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'There is no account with customer number “K-000”.',
  );
  await page.getByLabel('Customer number').fill(number);
  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(page.getByTestId('moved-accounts')).toHaveText(String(handedOver));
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByText(/discarded\. The live assignment is unchanged/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button')).toHaveCount(
    1,
  );
  expect(await liveBalance(page)).toEqual(afterApply);
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');
  await first.close();

  // A restart (fresh browser profile, same data folder): the scenario is still there.
  const second = await launchApp({
    profileDir: tempDir('stp-scenario-profile-'),
  });
  await nav(second.page, 'Territories');
  await second.page.getByRole('tab', { name: 'Scenarios' }).click();
  await expect(
    second.page
      .getByRole('navigation', { name: 'Scenarios' })
      .getByRole('button', { name: /Balanced: Potential ±5 %/ }),
  ).toBeVisible();
});

test('a Junior’s scenario is a proposal: nothing changes until their Senior approves it in the inbox', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  const { junior, senior } = await juniorAndSenior(page);
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Territories');
  const before = await liveBalance(page);

  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible();
  const moved = await movedCount(page);
  await page.getByRole('button', { name: 'Propose to my Senior' }).click();
  await expect(page.getByText(`Sent to ${senior} for approval.`)).toBeVisible();
  expect(await liveBalance(page)).toEqual(before);

  await actAs(page, `${senior} (Senior Sales Manager)`);
  await nav(page, 'Approvals');
  const card = page.locator('.proposal').filter({ hasText: `${junior} proposes the scenario` });
  await expect(card).toContainText(`${moved.toLocaleString('en-GB')} accounts change owner`);
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(card).toHaveCount(0);
  await nav(page, 'Territories');
  const after = await liveBalance(page);
  expect([...after].filter(([name, value]) => before.get(name) !== value).length).toBeGreaterThan(
    4,
  );
});
