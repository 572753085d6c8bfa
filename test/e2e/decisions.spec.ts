import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, nav } from './harness/navigate';

test('a Junior’s 10 % discount waits for their Senior; 3 % is effective at once; the audit trail shows every step', async ({
  launchApp,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(page);

  // Acting as the Junior, on one of their small accounts.
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Accounts');
  await page.getByLabel('Segment').selectOption('C');
  await page.getByLabel('Owner').selectOption({ label: junior });
  const row = page.locator('tbody tr:not([aria-hidden])').first();
  const account = (await row.getByRole('rowheader').getByRole('button').textContent())!;
  await row.getByRole('rowheader').getByRole('button').click();
  const panel = page.getByRole('complementary');
  const decisions = panel.getByRole('region', { name: 'Price and contract decisions' });
  await expect(decisions).toContainText('No discount or special terms are in force.');

  // 10 % is beyond a Junior's 5 %: a request for their Senior.
  await decisions.getByLabel('Discount (%)').fill('10');
  await expect(decisions.getByTestId('decision-verdict')).toHaveText(
    `Beyond your limit: ${senior} decides.`,
  );
  await decisions.getByLabel(/Expected revenue effect/).fill('-2,500');
  await decisions.getByLabel('Why').fill('Three-year framework agreement');
  await decisions.getByRole('button', { name: 'Request approval' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Request sent to ${senior}.` }),
  ).toBeVisible();
  await expect(decisions).toContainText(`Discount 10 % waits for ${senior}`);

  // 3 % is within it: in force at once, and logged.
  await decisions.getByLabel('Discount (%)').fill('3');
  await expect(decisions.getByTestId('decision-verdict')).toHaveText(
    'Within your authority: effective at once, and logged.',
  );
  await decisions.getByLabel('Why').fill('Loyal customer');
  await decisions.getByRole('button', { name: 'Record decision' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Decision recorded and in force.' }),
  ).toBeVisible();
  await expect(decisions).toContainText(`Discount 3 % in force since`);
  await expect(decisions).toContainText(`(decided by ${junior})`);

  // The Senior finds the 10 % in the one inbox and approves it.
  await actAs(page, `${senior} (Senior Sales Manager)`);
  await nav(page, 'Approvals');
  const card = page.getByRole('region', {
    name: `${junior} asks for Discount 10 % for ${account}`,
  });
  await expect(card).toContainText('Three-year framework agreement');
  await expect(card).toContainText('-€2,500.00');
  await card.getByLabel('Comment (optional)').fill('Agreed for three years');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Approved: Discount 10 % is in force.' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing is waiting for you.')).toBeVisible();

  // The audit trail has both decisions: requested by the Junior, decided by whom and when.
  await page.getByRole('tab', { name: 'Audit trail' }).click();
  await page.getByLabel('Account').fill(account);
  const trail = page.getByRole('table', { name: 'Audit trail' });
  const ten = trail.getByRole('row').filter({ hasText: 'Discount 10 %' });
  await expect(ten).toContainText(junior);
  await expect(ten).toContainText(`Approved`);
  await expect(ten).toContainText(senior);
  await expect(ten).toContainText('Agreed for three years');
  const three = trail.getByRole('row').filter({ hasText: 'Discount 3 %' });
  await expect(three).toContainText('Approved');
  await expect(trail.getByRole('row')).toHaveCount(3);
  // Nothing in the trail can be edited or deleted from here.
  await expect(trail.getByRole('button')).toHaveCount(0);
  await expect(trail.getByRole('textbox')).toHaveCount(0);

  // The Junior sees the outcome of their request.
  await actAs(page, `${junior} (Junior Sales Manager)`);
  await nav(page, 'Approvals');
  await page.getByRole('tab', { name: 'My requests' }).click();
  await expect(page.getByText(`Approved by ${senior} on`)).toBeVisible();
  await expect(page.getByText('Comment: Agreed for three years')).toBeVisible();
});
