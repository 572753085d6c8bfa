import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, liveBalance, nav } from './harness/navigate';

test('a Junior’s territory edit is a proposal; approved, the accounts move and both people show in the history', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Territories');

  // A territory someone else owns: the Junior makes it theirs.
  const tree = page.getByRole('navigation', { name: 'Regions and territories' });
  const owner = page.getByLabel('Owner', { exact: true });
  let name = '';
  for (const candidate of ['Süd 2', 'Nord 1', 'West 1', 'Ost 1']) {
    await tree.getByRole('button', { name: new RegExp(`^${candidate}`) }).click();
    if (!(await owner.locator('option:checked').textContent())!.startsWith(junior)) {
      name = candidate;
      break;
    }
  }
  const before = await liveBalance(page);
  await owner.selectOption({ label: `${junior} (Junior)` });
  const editor = page.getByRole('region', { name: 'What changes' });
  await expect(editor).toContainText(/\d+ accounts change territory or owner\./);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Sent to ${senior} for approval.` }),
  ).toBeVisible();
  // Nothing moved: the proposal waits.
  expect(await liveBalance(page)).toEqual(before);

  await actAs(page, `${senior} (Senior Sales Manager)`);
  await nav(page, 'Approvals');
  const card = page.getByRole('region', {
    name: `${junior} proposes to change territory ${name}`,
  });
  await expect(card).toContainText(/\d+ accounts change territory or owner/);
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} changed;` })).toBeVisible();

  await nav(page, 'Accounts');
  await page.getByLabel('Owner').selectOption({ label: junior });
  const row = page.locator('tbody tr:not([aria-hidden])').filter({ hasText: name }).first();
  await row.getByRole('rowheader').getByRole('button').click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(
    `moved to ${junior} by a change of territory ${name} (${junior})`,
  );
  await expect(history).toContainText(`approved by ${senior}`);
});

test('a Junior cannot promote themselves; the team screen says why', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior } = await juniorAndSenior(page);
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Team');
  await page
    .getByRole('row')
    .filter({ hasText: junior })
    .getByRole('button', { name: junior })
    .click();
  const panel = page.getByRole('complementary');
  await panel.getByRole('radio', { name: 'Senior Sales Manager' }).check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Nobody changes their own level' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row').filter({ hasText: junior })).toContainText('Junior');
});

test('a Junior’s actuals import: rows of others are refused line by line, their own go in', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Import');
  await page.getByRole('radio', { name: 'Actuals (revenue per month)' }).check();
  await page.getByLabel('Choose a file (CSV or Excel) …').setInputFiles({
    name: 'actuals.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `Member,Month,New business,Existing business\r\n${junior},2026-10,100,200\r\n${senior},2026-10,999,999\r\n`,
    ),
  });
  await page.getByRole('button', { name: 'Check the whole file' }).click();
  await expect(page.getByText('Rows checked: 2; ready to import: 1.')).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^3 .*Actuals of another member: you can import only your own/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import rows: 1' }).click();
  await expect(page.getByText(/Imported: [01] new, [01] updated\./)).toBeVisible();
});

test('the lead’s applied scenario is not undone by the Junior’s Ctrl+Z', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior } = await juniorAndSenior(page);
  await nav(page, 'Territories');
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'Auto-balance…' }).click();
  await page.getByLabel('Nobody takes on more visits than their capacity').uncheck();
  await page.getByRole('button', { name: 'Propose a scenario' }).click();
  await expect(page.getByRole('tab', { name: 'Explanation', selected: true })).toBeVisible();
  await page
    .getByRole('button', { name: /^Apply/ })
    .first()
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is now the live assignment' }),
  ).toBeVisible();
  const applied = await liveBalance(page);

  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Territories');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(await liveBalance(page)).toEqual(applied);
});

test('the team plan is approved by a second person, with every part approved and no gap — or by the lead, with the gap on record', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Start empty' }).click();
  for (const person of ['Anna Senior', 'Bernd Senior']) {
    await page.getByRole('button', { name: 'Add member' }).click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Name').fill(person);
    await panel.getByRole('radio', { name: 'Senior Sales Manager' }).check();
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${person} saved.` })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: /^New plan for fiscal year/ }).click();
  await page.getByLabel(/^Team target/).fill('1,000,000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  // New hires ramp up: their first months are a gap nobody covers.
  await expect(page.getByTestId('plan-gap')).not.toContainText('None');

  for (const person of ['Anna Senior', 'Bernd Senior']) {
    await actAs(page, `${person} (Senior Sales Manager)`);
    await nav(page, 'Sales plans');
    await page.getByRole('button', { name: 'Approve my targets' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Submit team plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve team plan' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'its submitter cannot approve it' }),
  ).toBeVisible();

  await actAs(page, 'Anna Senior (Senior Sales Manager)');
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'Approve team plan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not add up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Approve with gap' })).toHaveCount(0);

  await actAs(page, 'Team lead (decides like a Senior)');
  await nav(page, 'Sales plans');
  await page.getByRole('button', { name: 'Approve with gap' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await expect(page.getByLabel('Plan', { exact: true })).toContainText('Approved');
});
