import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';

async function startDemo(page: Page) {
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
}

async function addSenior(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add member' }).click();
  const panel = page.getByRole('complementary');
  await panel.getByLabel('Name').fill(name);
  await panel.getByRole('radio', { name: 'Senior Sales Manager' }).check();
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveText('All changes saved');

test('IndexedDB gone (fresh profile): the workspace comes back from the data folder, every row', async ({
  launchApp,
  tempDir,
}) => {
  const first = await launchApp();
  await startDemo(first.page);
  await addSenior(first.page, 'Greta Sommer');
  await saved(first.page);
  const rows = await first.page.getByRole('row').count();
  await first.close();

  const emptyProfile = tempDir('stp-fresh-profile-');
  const second = await launchApp({ profileDir: emptyProfile });
  await expect(
    second.page.getByRole('status').filter({ hasText: 'restored from the data folder' }),
  ).toContainText('13 members, 2,000 accounts');
  await expect(second.page.getByRole('row')).toHaveCount(rows);
  await expect(second.page.getByRole('rowheader', { name: 'Greta Sommer' })).toBeVisible();
  await expect(
    second.page.getByRole('heading', { name: 'Welcome to Sales Team Planner' }),
  ).toHaveCount(0);
});

test('restore an older backup, then undo the restore', async ({ launchApp }) => {
  const { page } = await launchApp();
  await startDemo(page);
  await saved(page);
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup created.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Team' }).click();
  await addSenior(page, 'Hanna Winter');
  await saved(page);

  await page.getByRole('button', { name: 'Backups' }).click();
  const backups = page.getByRole('table', { name: 'Backups' });
  await backups
    .getByRole('row')
    .filter({ hasText: 'By hand' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await page.getByRole('button', { name: 'Restore now' }).click();
  await expect(page.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Team' }).click();
  await expect(page.getByRole('rowheader', { name: 'Hanna Winter' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The restore was undone.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Team' }).click();
  await expect(page.getByRole('rowheader', { name: 'Hanna Winter' })).toBeVisible();
});

test('a workspace file goes from the team lead to a field manager: export, preview, import', async ({
  launchApp,
  dialogs,
}) => {
  const lead = await launchApp();
  await startDemo(lead.page);
  await addSenior(lead.page, 'Ida Brandt');
  await saved(lead.page);
  await lead.page.getByRole('button', { name: 'Backups' }).click();
  await lead.page.getByRole('button', { name: 'Export workspace…' }).click();
  await expect(
    lead.page
      .getByRole('status')
      .filter({ hasText: /Saved as workspace_\d{4}-\d{2}-\d{2}\.stplan/ }),
  ).toBeVisible();
  const file = dialogs.saved.at(-1)!;

  // The field manager starts empty, then imports the lead's file.
  await lead.page.getByRole('button', { name: 'Team' }).click();
  await lead.page.getByRole('button', { name: 'Ida Brandt' }).click();
  await lead.page.getByRole('complementary').getByLabel('Name').fill('Ida Brandt-Lenz');
  await lead.page.getByRole('complementary').getByRole('button', { name: 'Save' }).click();
  await expect(lead.page.getByRole('rowheader', { name: 'Ida Brandt-Lenz' })).toBeVisible();

  dialogs.nextOpen = file;
  await lead.page.getByRole('button', { name: 'Backups' }).click();
  await lead.page.getByRole('button', { name: 'Import workspace…' }).click();
  const preview = lead.page.getByRole('region', { name: /Import “workspace_/ });
  const membersRow = preview
    .getByRole('table', { name: /Import “workspace_/ })
    .getByRole('row')
    .filter({ hasText: 'Team members' });
  // Merging the older file: the renamed member differs, field by field, and keeps the newer
  // local name unless the file's is chosen — nothing is overwritten silently.
  await expect(preview.getByText('name: Ida Brandt-Lenz → Ida Brandt')).toBeVisible();
  const takeIda = preview.getByRole('checkbox', { name: 'Take the file’s values for Ida Brandt' });
  await expect(takeIda).not.toBeChecked();
  await expect(membersRow).toContainText('0' + '0' + '0');
  await expect(preview.getByText(/Nothing would change: the rows that differ keep/)).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
  await takeIda.check();
  await expect(membersRow).toContainText('0' + '1' + '0');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    lead.page.getByRole('status').filter({ hasText: 'Workspace imported.' }),
  ).toBeVisible();
  await lead.page.getByRole('button', { name: 'Team' }).click();
  await expect(lead.page.getByRole('rowheader', { name: 'Ida Brandt', exact: true })).toBeVisible();
  await expect(lead.page.getByRole('rowheader', { name: 'Ida Brandt-Lenz' })).toHaveCount(0);

  // Replace takes the file as it is: a member added since is gone again.
  await addSenior(lead.page, 'Jonas Kern');
  await saved(lead.page);
  dialogs.nextOpen = file;
  await lead.page.getByRole('button', { name: 'Backups' }).click();
  await lead.page.getByRole('button', { name: 'Import workspace…' }).click();
  await preview.getByRole('radio', { name: /Replace my workspace/ }).check();
  await expect(membersRow).toContainText('0' + '0' + '1');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(
    lead.page.getByRole('status').filter({ hasText: 'Workspace imported.' }),
  ).toBeVisible();
  await lead.page.getByRole('button', { name: 'Team' }).click();
  await expect(lead.page.getByRole('rowheader', { name: 'Jonas Kern' })).toHaveCount(0);
});

test('a file that is not a workspace is refused with a reason, nothing changes', async ({
  launchApp,
  dialogs,
}) => {
  const { page } = await launchApp();
  await startDemo(page);
  const { writeFileSync } = await import('node:fs');
  const bogus = path.join(dialogs.saveDir, 'kunden.csv');
  writeFileSync(bogus, 'Name;PLZ\nMüller GmbH;80331\n');
  dialogs.nextOpen = bogus;
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Import workspace…' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'this is not a Sales Team Planner workspace file',
  );
  await expect(page.getByRole('region', { name: /Import/ })).toHaveCount(0);
});
