import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { teamFactsOf } from '@shared/sync/team-facts';
import { ensureLogin, setupTeamServer } from '../../electron/services/team-server/team-setup';
import { startTestCouch, type TestCouch } from '../helpers/team-test-server';
import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';

/**
 * Two laptops and one team server (a CouchDB-protocol test server on 127.0.0.1): the lead
 * publishes the demo workspace, a Senior joins on another laptop after comparing, and a change
 * on one shows on the other without anyone pressing anything.
 */
const today = new Date().toISOString().slice(0, 10);
const demo = generateWorkspace({ asOf: today });
const senior = demo.members.find((m) => m.level === 'senior')!;

let couch: TestCouch;
test.beforeAll(async () => {
  couch = await startTestCouch();
  await setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: 'lena', password: 'lead-secret' },
    facts: teamFactsOf(demo.members, DEFAULT_AUTHORITY),
  });
  await ensureLogin(couch.admin, 'sven', 'senior-secret', senior.id);
});
test.afterAll(() => couch?.stop());

async function signIn(page: Page, name: string, password: string) {
  await nav(page, 'Settings');
  const section = page.getByRole('region', { name: 'Team server' });
  await section.getByLabel('Server address').fill(couch.url);
  await section.getByLabel('User name').fill(name);
  await section.getByLabel('Password').fill(password);
  await section.getByRole('button', { name: 'Connect' }).click();
  return section;
}

test('the lead publishes, a Senior joins after comparing, and a change shows on the other laptop', async ({
  launchApp,
  tempDir,
}) => {
  const lead = (await launchApp()).page;
  await lead.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(lead.getByRole('heading', { name: 'Team' })).toBeVisible();
  const leadSection = await signIn(lead, 'lena', 'lead-secret');
  await expect(leadSection.getByTestId('team-signed-in')).toContainText(
    'Signed in as lena (team lead)',
  );
  await expect(leadSection.getByText('The team server holds no workspace yet.')).toBeVisible();
  await leadSection.getByRole('button', { name: 'Publish this laptop’s workspace' }).click();
  await expect(
    lead.getByRole('status').filter({ hasText: 'workspace is on the team server' }),
  ).toBeVisible();
  await expect(lead.getByTestId('sync-status').first()).toContainText(
    'Up to date with the team at',
  );

  // The Senior's laptop: its own profile and data folder, and an empty workspace of its own.
  const elsewhere = tempDir('stp-field-');
  const field = (
    await launchApp({
      profileDir: path.join(elsewhere, 'profile'),
      dataDir: path.join(elsewhere, 'data'),
    })
  ).page;
  await field.getByRole('button', { name: 'Start empty' }).click();
  const fieldSection = await signIn(field, 'sven', 'senior-secret');
  await expect(fieldSection.getByTestId('team-signed-in')).toContainText('Signed in as sven');
  const join = fieldSection.getByRole('region', { name: 'Join the team’s workspace' });
  await join.getByRole('button', { name: 'Compare with this laptop' }).click();
  const accounts = join.getByRole('row', { name: /^Accounts/ });
  await expect(accounts.getByRole('cell').first()).toHaveText(String(demo.accounts.length));
  // Nothing changed here before the choice.
  await nav(field, 'Team');
  await expect(field.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await expect(field.getByRole('row')).toHaveCount(0);
  await nav(field, 'Settings');
  await join.getByRole('button', { name: 'Take the team’s workspace' }).click();
  await expect(
    field.getByRole('status').filter({ hasText: 'now works on the team’s workspace' }),
  ).toBeVisible();
  // Signed in, one acts as the signed-in person.
  await expect(field.getByLabel('Acting as')).toBeDisabled();
  await expect(field.getByLabel('Acting as')).toHaveValue(senior.id);
  await nav(field, 'Team');
  await expect(field.getByRole('row')).toHaveCount(demo.members.length + 1);

  // The lead adds a member; the Senior's laptop shows her without anyone syncing by hand.
  await nav(lead, 'Team');
  await lead.getByRole('button', { name: 'Add member' }).click();
  const panel = lead.getByRole('complementary');
  await panel.getByLabel('Name').fill('Paula Neumann');
  await panel.getByLabel('Supervising Senior').selectOption({ label: senior.name });
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(lead.getByRole('status').filter({ hasText: 'Paula Neumann saved.' })).toBeVisible();
  await expect(field.getByRole('row').filter({ hasText: 'Paula Neumann' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(field.getByTestId('sync-status').first()).toContainText(
    'Up to date with the team at',
  );
});
