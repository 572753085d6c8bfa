import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { actAs, juniorAndSenior, nav } from './harness/navigate';

const exchange = (page: Page) =>
  page.getByRole('region', { name: 'Exchange without a connection' });
const notice = (page: Page, text: string | RegExp) =>
  expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

test('without a connection: the Junior’s request goes to the Senior’s computer as a file, the decision comes back', async ({
  launchApp,
  dialogs,
  tempDir,
}) => {
  // The Junior's laptop, in the field.
  const field = (await launchApp()).page;
  await field.getByRole('button', { name: 'Open demo workspace' }).click();
  const { junior, senior } = await juniorAndSenior(field);
  await actAs(field, `${junior} (Junior Sales Manager)`);
  await nav(field, 'Accounts');
  await field.getByLabel('Segment').selectOption('C');
  await field.getByLabel('Owner').selectOption({ label: junior });
  await field
    .locator('tbody tr:not([aria-hidden])')
    .first()
    .getByRole('rowheader')
    .getByRole('button')
    .click();
  const decisions = field.getByRole('region', { name: 'Price and contract decisions' });
  await decisions.getByLabel('Discount (%)').fill('8');
  await decisions.getByLabel('Why').fill('Competitor offer');
  await decisions.getByRole('button', { name: 'Request approval' }).click();
  await notice(field, `Request sent to ${senior}.`);
  await nav(field, 'Approvals');
  await exchange(field).getByRole('button', { name: 'Save requests and decisions (1) …' }).click();
  await notice(field, /1 request or decision saved as requests_.*\.stpreq/);
  const requests = dialogs.saved.at(-1)!;

  // The Senior's computer: its own browser profile and data folder.
  const elsewhere = tempDir('stp-office-');
  let closeOffice = async () => undefined as void;
  try {
    const officeApp = await launchApp({
      profileDir: path.join(elsewhere, 'profile'),
      dataDir: path.join(elsewhere, 'data'),
    });
    closeOffice = officeApp.close;
    const office = officeApp.page;
    await office.getByRole('button', { name: 'Open demo workspace' }).click();
    await expect(office.getByRole('heading', { name: 'Team' })).toBeVisible();
    await actAs(office, `${senior} (Senior Sales Manager)`);
    await nav(office, 'Approvals');
    await expect(office.getByText('Nothing is waiting for you.')).toBeVisible();
    await exchange(office).getByLabel('Open an exchange file …').setInputFiles(requests);
    await notice(
      office,
      'Taken in: 1 new request, 0 decisions; 0 already known; 0 not for this workspace.',
    );
    const card = office.getByRole('region', {
      name: new RegExp(`^${junior} asks for Discount 8 %`),
    });
    await card.getByLabel('Comment (optional)').fill('OK, match the offer');
    await card.getByRole('button', { name: 'Approve' }).click();
    await notice(office, 'Approved: Discount 8 % is in force.');
    // The same file again: recognised, nothing doubles.
    await exchange(office).getByLabel('Open an exchange file …').setInputFiles(requests);
    await notice(
      office,
      'Taken in: 0 new requests, 0 decisions; 1 already known; 0 not for this workspace.',
    );
    await exchange(office)
      .getByRole('button', { name: 'Save requests and decisions (1) …' })
      .click();
    await notice(office, /1 request or decision saved/);
    const answers = dialogs.saved.at(-1)!;

    // Back in the field: the decision closes the request, once.
    await exchange(field).getByLabel('Open an exchange file …').setInputFiles(answers);
    await notice(
      field,
      'Taken in: 0 new requests, 1 decision; 0 already known; 0 not for this workspace.',
    );
    await field.getByRole('tab', { name: 'My requests' }).click();
    await expect(field.getByText(`Approved by ${senior} on`)).toBeVisible();
    await expect(field.getByText('Comment: OK, match the offer')).toBeVisible();
    await exchange(field).getByLabel('Open an exchange file …').setInputFiles(answers);
    await notice(
      field,
      'Taken in: 0 new requests, 0 decisions; 1 already known; 0 not for this workspace.',
    );

    // Something else offered as an exchange file is refused with a reason.
    await exchange(field)
      .getByLabel('Open an exchange file …')
      .setInputFiles({
        name: 'kunden.stpreq',
        mimeType: 'text/csv',
        buffer: Buffer.from('Kunde;Betrag\r\nMüller;12,50\r\n'),
      });
    await expect(
      field
        .getByRole('alert')
        .filter({ hasText: '“kunden.stpreq” is not an exchange file (it is not JSON).' }),
    ).toBeVisible();
  } finally {
    // Chromium writes to its profile until it is closed: close it before removing the folder.
    await closeOffice();
    // The folder itself goes with the test's other temporary folders, with retries.
  }
});
