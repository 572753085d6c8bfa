import type { Page } from '@playwright/test';
import { DEFAULT_AUTHORITY } from '@shared/domain/authority';
import type { WorkspaceData } from '@shared/domain/workspace';
import { teamFactsOf } from '@shared/sync/team-facts';
import { ensureLogin, setupTeamServer } from '../../electron/services/team-server/team-setup';
import { startTestCouch } from '../helpers/team-test-server';
import { percentile, round, type Row } from './figures';

/** A launched app: its page (German UI, as the bench runs). */
type Launch = (name: string) => Promise<{ page: Page }>;

async function signIn(page: Page, url: string, name: string, password: string) {
  await page.getByRole('button', { name: 'Einstellungen' }).click();
  const section = page.getByRole('region', { name: 'Team-Server' });
  await section.getByLabel('Serveradresse').fill(url);
  await section.getByLabel('Benutzername').fill(name);
  await section.getByLabel('Passwort').fill(password);
  await section.getByRole('button', { name: 'Verbinden' }).click();
  return section;
}

/** Watches the page's long tasks from now on; `longest()` reads the longest so far. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longestTask: number };
    w.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longestTask = Math.max(w.__longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longestTask: number }).__longestTask);
}

/**
 * `sync.latency`: the lead renames a member on one laptop; the time until a second laptop
 * (another browser, another data folder, signed in as a Senior) paints the new name — through
 * main's replica, the test server on loopback, the other main's watch of the changes feed,
 * its hand-over and the renderer. `sync.longtask`: the second laptop's longest main-thread
 * task meanwhile. Baseline: the same rename painted on the lead's own laptop.
 */
export async function syncLatencyFigures(
  data: WorkspaceData,
  size: string,
  launch: Launch,
  runs: number,
): Promise<Row[]> {
  const couch = await startTestCouch();
  try {
    await setupTeamServer({
      server: couch.admin,
      database: 'team',
      lead: { name: 'lena', password: 'lead-secret' },
      facts: teamFactsOf(data.members, DEFAULT_AUTHORITY),
    });
    const senior = data.members.find((m) => m.level === 'senior')!;
    await ensureLogin(couch.admin, 'sven', 'senior-secret', senior.id);

    const lead = (await launch('lead')).page;
    await lead.getByRole('button', { name: 'Demo-Arbeitsbereich öffnen' }).click();
    await lead.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    const leadSection = await signIn(lead, couch.url, 'lena', 'lead-secret');
    await leadSection
      .getByRole('button', { name: 'Arbeitsbereich dieses Laptops veröffentlichen' })
      .click();
    await lead.getByText('Mit dem Team abgeglichen um').first().waitFor({ timeout: 120_000 });

    const field = (await launch('field')).page;
    await field.getByRole('button', { name: 'Leer beginnen' }).click();
    const fieldSection = await signIn(field, couch.url, 'sven', 'senior-secret');
    await fieldSection.getByRole('button', { name: 'Mit diesem Laptop vergleichen' }).click();
    await fieldSection
      .getByRole('button', { name: 'Arbeitsbereich des Teams übernehmen' })
      .click({ timeout: 120_000 });
    await field.getByText('Mit dem Team abgeglichen um').first().waitFor({ timeout: 120_000 });
    for (const page of [lead, field])
      await page.getByRole('button', { name: 'Team' }).first().click();
    const longest = await watchLongTasks(field);

    const member = data.members.find((m) => m.id !== senior.id)!;
    let name = member.name;
    const remote: number[] = [];
    const local: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const next = `${member.name} ${run + 1}`;
      await lead.getByRole('button', { name, exact: true }).click();
      const panel = lead.getByRole('complementary');
      await panel.getByLabel('Name').fill(next);
      const painted = (page: Page) =>
        page.waitForFunction(
          (text) =>
            [...document.querySelectorAll('[role=rowheader], th')].some(
              (cell) => cell.textContent?.trim() === text,
            ),
          next,
          { polling: 'raf', timeout: 30_000 },
        );
      const start = Date.now();
      await panel.getByRole('button', { name: 'Speichern' }).click();
      await painted(lead);
      local.push(Date.now() - start);
      await painted(field);
      remote.push(Date.now() - start);
      name = next;
    }
    const p95 = percentile(remote, 95);
    const task = await longest();
    return [
      {
        id: 'sync.latency',
        size: `${size}, two instances`,
        p50_ms: round(percentile(remote, 50)),
        p95_ms: round(p95),
        baseline: 'the same rename painted on the laptop that made it',
        baseline_p50_ms: round(percentile(local, 50)),
        ratio: round(percentile(remote, 50) / Math.max(1, percentile(local, 50))),
        target: 'p95 < 2 s change to paint',
        met: p95 < 2_000,
        runs,
        samples: remote,
      },
      {
        id: 'sync.longtask',
        size: `${size}, receiving ${runs} changes`,
        value: round(task),
        unit: 'ms',
        target: 'renderer long tasks < 50 ms',
        met: task < 50,
        runs,
      },
    ];
  } finally {
    await couch.stop();
  }
}
