import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, nav } from './harness/navigate';

test('a Junior’s move of a Large account waits for their Senior; approved, it takes effect with history', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);

  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Accounts');
  await page.getByLabel('Segment').selectOption('A');
  await page.getByLabel('Owner').selectOption({ label: senior });
  const row = page.locator('tbody tr:not([aria-hidden])').first();
  const account = (await row.getByRole('rowheader').getByRole('button').textContent())!;
  const customerNo = (await row.locator('th .small').textContent())!;
  await row.getByRole('checkbox').check();
  await page.getByLabel('Assign selected to').selectOption({ label: `${junior} (Junior)` });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Proposal sent to ${senior} for approval.` }),
  ).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: customerNo })).toContainText(senior);

  await actAs(page, `${senior} (Senior Sales Manager)`);
  await expect(
    page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('button', { name: /^Approvals/ }),
  ).toContainText('1');
  await nav(page, 'Approvals');
  const card = page.getByRole('region', {
    name: `${junior} proposes moving 1 account to ${junior}`,
  });
  await expect(card).toContainText(account);
  await expect(card).toContainText('Large or strategic account');
  await card.getByLabel('Comment (optional)').fill('Fine, with my coaching.');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Approved: 1 account moved.' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing is waiting for you.')).toBeVisible();

  await nav(page, 'Accounts');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox').fill(customerNo);
  const moved = page.getByRole('row').filter({ hasText: customerNo });
  await expect(moved).toContainText(junior);
  await expect(
    moved.getByLabel('Large or strategic account with a Junior: needs a Senior’s sign-off'),
  ).toBeVisible();
  await moved.getByRole('rowheader').getByRole('button').click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(`${junior} proposed moving it to ${junior}`);
  await expect(history).toContainText(`approved by ${senior}`);
  await expect(history).toContainText('“Fine, with my coaching.”');
});

test('a Senior’s own reassignment takes effect at once and can be undone', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await nav(page, 'Accounts');
  await page.getByLabel('Owner').selectOption({ index: 2 });
  const row = page.locator('tbody tr:not([aria-hidden])').first();
  const customerNo = (await row.locator('th .small').textContent())!;
  await row.getByRole('checkbox').check();
  await page.getByLabel('Assign selected to').selectOption({ index: 1 });
  const target = (await page
    .getByLabel('Assign selected to')
    .locator('option:checked')
    .textContent())!.replace(/ \(.*\)$/, '');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `1 account now with ${target}.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox').fill(customerNo);
  await expect(page.getByRole('row').filter({ hasText: customerNo })).toContainText(target);
  await nav(page, 'Territories');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: moving 1 account' }),
  ).toBeVisible();
});

test('dragging selected accounts onto a member assigns them', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await nav(page, 'Accounts');
  const rows = page.locator('tbody tr:not([aria-hidden])');
  const numbers = [];
  for (const i of [0, 1]) {
    numbers.push((await rows.nth(i).locator('th .small').textContent())!);
    await rows.nth(i).getByRole('checkbox').check();
  }
  const target = page.locator('.drop-target').first();
  // The drag is one DataTransfer carried through the browser's own drag events. Playwright's
  // mouse-driven drag waits for Chromium's drag interception, which Debian's Chromium 150 never
  // reports (the mouse move hangs), so the events are dispatched on the elements themselves.
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await rows.nth(0).dispatchEvent('dragstart', { dataTransfer });
  await expect(
    page.getByRole('list', { name: 'Drop 2 accounts on a member to assign them:' }),
  ).toBeVisible();
  const member = (await target.textContent())!.replace(/ (Junior|Senior)$/, '');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(target).toHaveClass(/drop-over/);
  await target.dispatchEvent('drop', { dataTransfer });
  await rows.nth(0).dispatchEvent('dragend', { dataTransfer });
  await expect(
    page.getByRole('status').filter({ hasText: `2 accounts now with ${member}.` }),
  ).toBeVisible();
  for (const number of numbers) {
    await page.getByRole('searchbox').fill(number);
    await expect(page.getByRole('row').filter({ hasText: number })).toContainText(member);
  }
});
