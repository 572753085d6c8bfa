import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { teamFactsOf } from '@shared/sync/team-facts';
import { ensureLogin, setupTeamServer } from '../../electron/services/team-server/team-setup';
import { couchRequest } from '../../electron/services/team-server/couch-admin';
import { startTestCouch, type TestCouch } from '../helpers/team-test-server';
import { expect, test } from './harness/fixtures';
import { nav } from './harness/navigate';

/**
 * Laptops and one team server (a CouchDB-protocol test server on 127.0.0.1): the lead
 * publishes the demo workspace, members join on their own laptops after comparing, and what one
 * changes shows on the others without anyone pressing anything.
 */
const today = new Date().toISOString().slice(0, 10);
const demo = generateWorkspace({ asOf: today });
const junior = demo.members.find((m) => m.level === 'junior' && m.supervisorId)!;
const senior = demo.members.find((m) => m.id === junior.supervisorId)!;
const upToDate = 'Up to date with the team at';

let couch: TestCouch;
test.beforeEach(async () => {
  couch = await startTestCouch();
  await setupTeamServer({
    server: couch.admin,
    database: 'team',
    lead: { name: 'lena', password: 'lead-secret' },
    facts: teamFactsOf(demo.members, DEFAULT_AUTHORITY),
  });
  await ensureLogin(couch.admin, 'sven', 'senior-secret', senior.id);
  await ensureLogin(couch.admin, 'jana', 'junior-secret', junior.id);
});
test.afterEach(() => couch?.stop());

const notice = (page: Page, text: string | RegExp) =>
  expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

async function signIn(page: Page, name: string, password: string) {
  await nav(page, 'Settings');
  const section = page.getByRole('region', { name: 'Team server' });
  await section.getByLabel('Server address').fill(couch.url);
  await section.getByLabel('User name').fill(name);
  await section.getByLabel('Password').fill(password);
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(section.getByTestId('team-signed-in')).toContainText(`Signed in as ${name}`);
  return section;
}

/** The lead's laptop: the demo workspace, published to the empty server. */
async function leadPublishes(page: Page) {
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
  const section = await signIn(page, 'lena', 'lead-secret');
  await expect(section.getByTestId('team-signed-in')).toContainText('(team lead)');
  await expect(section.getByText('The team server holds no workspace yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Publish this laptop’s workspace' }).click();
  await notice(page, 'workspace is on the team server');
  await expect(page.getByTestId('sync-status').first()).toContainText(upToDate);
}

/** A member's laptop (empty), joining the team's workspace after comparing. */
async function memberJoins(page: Page, name: string, password: string) {
  await page.getByRole('button', { name: 'Start empty' }).click();
  const section = await signIn(page, name, password);
  const join = section.getByRole('region', { name: 'Join the team’s workspace' });
  await join.getByRole('button', { name: 'Compare with this laptop' }).click();
  const accounts = join.getByRole('row', { name: /^Accounts/ });
  await expect(accounts.getByRole('cell').first()).toHaveText(String(demo.accounts.length));
  return join;
}

async function takeIt(page: Page, join: ReturnType<Page['getByRole']>) {
  await join.getByRole('button', { name: 'Take the team’s workspace' }).click();
  await notice(page, 'now works on the team’s workspace');
  await expect(page.getByTestId('sync-status').first()).toContainText(upToDate);
}

/** The accounts the server holds. */
async function serverAccounts(): Promise<number> {
  const { body } = await couchRequest(couch.admin, 'GET', 'team/_all_docs');
  return (body.rows as Array<{ id: string }>).filter((r) => r.id.startsWith('accounts:')).length;
}

test('the lead stops publishing part-way with Cancel, then publishes the rest', async ({
  launchApp,
}) => {
  const lead = (await launchApp()).page;
  await lead.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(lead.getByRole('heading', { name: 'Team' })).toBeVisible();
  const section = await signIn(lead, 'lena', 'lead-secret');
  await expect(section.getByText('The team server holds no workspace yet.')).toBeVisible();
  // A slow server: nothing is answered until the lead has pressed Cancel.
  couch.hold();
  await section.getByRole('button', { name: 'Publish this laptop’s workspace' }).click();
  const progress = section.getByRole('status').filter({ hasText: /Publishing: 0 of [\d,]+ rows/ });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(lead.getByTestId('sync-status').first()).toContainText(/Publishing 0 of/);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  // It stops at once; a batch already on its way may still land.
  await notice(lead, /Publishing stopped: [\d,]+ of [\d,]+ rows reached the team server/);
  couch.release();
  await expect(
    section.getByText('Publishing from this laptop stopped before everything reached'),
  ).toBeVisible();
  const total = demo.accounts.length;
  expect(await serverAccounts()).toBeLessThan(total);
  // Nothing more goes by itself: Cancel meant it.
  await lead.getByRole('button', { name: 'Sync now' }).click();
  expect(await serverAccounts()).toBeLessThan(total);

  await section.getByRole('button', { name: 'Publish this laptop’s workspace' }).click();
  await notice(lead, 'workspace is on the team server');
  await expect(lead.getByTestId('sync-status').first()).toContainText(upToDate);
  expect(await serverAccounts()).toBe(total);
});

test('the lead publishes, a Senior joins after comparing, and a change shows on the other laptop', async ({
  launchApp,
  tempDir,
}) => {
  const lead = (await launchApp()).page;
  await leadPublishes(lead);

  // The Senior's laptop: its own profile and data folder, and an empty workspace of its own.
  const elsewhere = tempDir('stp-field-');
  const field = (
    await launchApp({
      profileDir: path.join(elsewhere, 'profile'),
      dataDir: path.join(elsewhere, 'data'),
    })
  ).page;
  const join = await memberJoins(field, 'sven', 'senior-secret');
  // Nothing changed here before the choice.
  await nav(field, 'Team');
  await expect(field.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await expect(field.getByRole('row')).toHaveCount(0);
  await nav(field, 'Settings');
  await takeIt(field, join);
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
  await notice(lead, 'Paula Neumann saved.');
  await expect(field.getByRole('row').filter({ hasText: 'Paula Neumann' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(field.getByTestId('sync-status').first()).toContainText(upToDate);
});

test('offline, a Junior proposes moving a Large account; back online, the Senior elsewhere approves and the move arrives everywhere', async ({
  launchApp,
  tempDir,
}) => {
  const lead = (await launchApp()).page;
  await leadPublishes(lead);
  const laptop = async (name: string) => {
    const dir = tempDir(`stp-${name}-`);
    return (
      await launchApp({ profileDir: path.join(dir, 'profile'), dataDir: path.join(dir, 'data') })
    ).page;
  };
  const field = await laptop('junior');
  await takeIt(field, await memberJoins(field, 'jana', 'junior-secret'));
  const office = await laptop('senior');
  await takeIt(office, await memberJoins(office, 'sven', 'senior-secret'));

  // The server goes out of reach; the Junior works on.
  await couch.suspend();
  await nav(field, 'Accounts');
  await field.getByLabel('Segment').selectOption('A');
  await field.getByLabel('Owner').selectOption({ label: senior.name });
  const row = field.locator('tbody tr:not([aria-hidden])').first();
  const customerNo = (await row.locator('th .small').textContent())!;
  await row.getByRole('checkbox').check();
  await field.getByLabel('Assign selected to').selectOption({ label: `${junior.name} (Junior)` });
  await field.getByRole('button', { name: 'Assign', exact: true }).click();
  await notice(field, `Proposal sent to ${senior.name} for approval.`);
  await expect(field.getByTestId('sync-status').first()).toContainText(
    'Team server out of reach · 1 change waits',
  );

  // Back online: the Junior's laptop sends it; the Senior's sees it by itself.
  await couch.resume();
  await nav(field, 'Settings');
  await field.getByRole('button', { name: 'Sync now' }).click();
  await expect(field.getByTestId('sync-status').first()).toContainText(upToDate);
  await nav(office, 'Approvals');
  const card = office.getByRole('region', {
    name: `${junior.name} proposes moving 1 account to ${junior.name}`,
  });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByLabel('Comment (optional)').fill('Fine, with my coaching.');
  await card.getByRole('button', { name: 'Approve' }).click();
  await notice(office, 'Approved: 1 account moved.');

  // The move arrives on the Junior's and the lead's laptops, with both people in its history.
  for (const page of [field, lead]) {
    await nav(page, 'Accounts');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('searchbox').fill(customerNo);
    const moved = page.getByRole('row').filter({ hasText: customerNo });
    await expect(moved).toContainText(junior.name, { timeout: 15_000 });
    await moved.getByRole('rowheader').getByRole('button').click();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toContainText(`${junior.name} proposed moving it to ${junior.name}`);
    await expect(history).toContainText(`approved by ${senior.name}`);
  }
});

test('the lead and a Senior rename the same account offline: the Senior sees who set what and keeps one, everywhere', async ({
  launchApp,
  tempDir,
}) => {
  const lead = (await launchApp()).page;
  await leadPublishes(lead);
  const dir = tempDir('stp-senior-');
  const office = (
    await launchApp({ profileDir: path.join(dir, 'profile'), dataDir: path.join(dir, 'data') })
  ).page;
  await takeIt(office, await memberJoins(office, 'sven', 'senior-secret'));
  const account = demo.accounts.find(
    (a) => a.ownerId === senior.id && demo.accounts.filter((b) => b.name === a.name).length === 1,
  )!;

  await couch.suspend();
  const rename = async (page: Page, name: string) => {
    await nav(page, 'Accounts');
    await page.getByRole('searchbox').fill(account.name);
    await page.getByRole('button', { name: account.name, exact: true }).click();
    const panel = page.getByRole('complementary');
    await panel.getByLabel('Name').fill(name);
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  };
  await rename(lead, `${account.name} Nord`);
  await rename(office, `${account.name} Süd`);
  await couch.resume();
  for (const page of [lead, office]) {
    await nav(page, 'Settings');
    await page.getByRole('button', { name: 'Sync now' }).click();
  }
  const conflicts = office.getByRole('region', { name: /made on two laptops at once/ });
  const entry = conflicts.getByRole('article');
  await expect(entry).toContainText(`You set ${account.name} Süd on`);
  await expect(entry).toContainText(`team lead set ${account.name} Nord on`);
  await entry.getByRole('button', { name: 'Keep team lead’s version' }).click();
  await notice(office, 'Settled: every laptop now has the version you kept.');
  await expect(conflicts).toHaveCount(0);
  for (const page of [office, lead]) {
    await nav(page, 'Accounts');
    await page.getByRole('searchbox').fill(account.name);
    await expect(
      page.getByRole('button', { name: `${account.name} Nord`, exact: true }),
    ).toBeVisible({
      timeout: 15_000,
    });
  }
  // The choice is in the audit trail on both laptops: who chose, whose version stayed.
  for (const page of [office, lead]) {
    await nav(page, 'Approvals');
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    const choice = page
      .getByRole('table', { name: 'Audit trail' })
      .getByRole('row')
      .filter({ hasText: 'Sync conflict' });
    await expect(choice).toContainText(
      `the team lead’s version kept (Customer ${account.name} Nord), not ${senior.name}’s`,
      { timeout: 15_000 },
    );
    await expect(choice).toContainText(senior.name);
  }
});

test('a Junior’s forged change is refused by the server with the reason; their own changes still go out', async ({
  launchApp,
  tempDir,
}) => {
  const lead = (await launchApp()).page;
  await leadPublishes(lead);
  const dir = tempDir('stp-junior-');
  const field = (
    await launchApp({ profileDir: path.join(dir, 'profile'), dataDir: path.join(dir, 'data') })
  ).page;
  await takeIt(field, await memberJoins(field, 'jana', 'junior-secret'));

  // A tampered window skips the app's rules: it promotes the Junior straight through the bridge.
  const promoted = { ...junior, level: 'senior', supervisorId: null };
  await field.evaluate(async (row) => {
    const api = (
      window as unknown as { planner: { appendChanges: (r: unknown) => Promise<unknown> } }
    ).planner;
    await api.appendChanges({ ops: [{ type: 'put', table: 'members', rows: [row] }] });
  }, promoted);
  // And the Junior's own, allowed work in the same sync.
  await nav(field, 'Accounts');
  await field.getByLabel('Segment').selectOption('A');
  await field.getByLabel('Owner').selectOption({ label: senior.name });
  const row = field.locator('tbody tr:not([aria-hidden])').first();
  await row.getByRole('checkbox').check();
  await field.getByLabel('Assign selected to').selectOption({ label: `${junior.name} (Junior)` });
  await field.getByRole('button', { name: 'Assign', exact: true }).click();
  await notice(field, `Proposal sent to ${senior.name} for approval.`);

  await nav(field, 'Settings');
  await field.getByRole('button', { name: 'Sync now' }).click();
  const refused = field.getByRole('region', {
    name: 'Changes the server refused',
  });
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(refused).toContainText(
    'Nobody changes their own level, supervisor or active state. Ask the team lead.',
  );
  await expect(field.getByTestId('sync-status').first()).toContainText(
    '1 change refused by the server',
  );

  // It stays listed at the next sync: the team still does not have it.
  await field.getByRole('button', { name: 'Sync now' }).click();
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(field.getByTestId('sync-status').first()).toContainText(
    '1 change refused by the server',
  );

  // The lead's laptop gets the proposal, never the promotion.
  await nav(lead, 'Approvals');
  await expect(
    lead.getByRole('region', {
      name: `${junior.name} proposes moving 1 account to ${junior.name}`,
    }),
  ).toBeVisible({ timeout: 20_000 });
  await nav(lead, 'Team');
  await expect(lead.getByRole('row').filter({ hasText: junior.name })).toContainText('Junior');

  // The Junior takes the promotion back: the team's version is on this laptop again (in the
  // data folder too, where the tampered write went), and nothing is refused any more.
  await refused
    .getByRole('button', { name: `Use the team’s version of members:${junior.id}` })
    .click();
  await notice(field, 'This laptop has the team’s version again.');
  await expect(refused).toHaveCount(0);
  await expect(field.getByTestId('sync-status').first()).toContainText(upToDate);
  const stored = await couchRequest(couch.admin, 'GET', `team/members:${junior.id}`);
  expect(stored.body).toMatchObject({ by: junior.id, row: { level: 'junior' } });
  await field.getByRole('button', { name: 'Sync now' }).click();
  await expect(field.getByTestId('sync-status').first()).toContainText(upToDate);
  await expect(refused).toHaveCount(0);
  await nav(field, 'Team');
  await expect(field.getByRole('row').filter({ hasText: junior.name })).toContainText('Junior');
});

test('when the server ends the session (a new password), the person signs in again where they are', async ({
  launchApp,
}) => {
  const lead = (await launchApp()).page;
  await leadPublishes(lead);
  const user = await couchRequest(couch.admin, 'GET', '_users/org.couchdb.user:lena');
  await couchRequest(couch.admin, 'PUT', '_users/org.couchdb.user:lena', {
    ...user.body,
    password: 'new-lead-secret',
  });
  const section = lead.getByRole('region', { name: 'Team server' });
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(lead.getByTestId('sync-status').first()).toContainText(
    'Team sync stopped: sign in again',
  );
  await expect(section.getByText('The server ended your session')).toBeVisible();
  await expect(section.getByLabel('User name')).toHaveValue('lena');
  await section.getByLabel('Password').fill('new-lead-secret');
  await section.getByRole('button', { name: 'Connect' }).click();
  await expect(lead.getByTestId('sync-status').first()).toContainText(upToDate);
  await expect(section.getByLabel('Password')).toHaveCount(0);
});
