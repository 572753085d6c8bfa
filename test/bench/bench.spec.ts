import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, test, type Page } from '@playwright/test';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { startBundleServer, type BundleServer } from '../e2e/harness/bundle-server';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/harness/chromium';
import { openMainServices, scriptedDialogs } from '../e2e/harness/main-services';
import { installPlannerBridge } from '../e2e/harness/preload-emulation';
import { planReallocateFigure } from './plan-figures';
import { performanceFigures } from './performance-figures';
import { marketFigures } from './market-figures';
import { mapDataRow, mapFigures } from './map-figures';
import { autobalanceQuality, autobalanceTime } from './autobalance-figures';
import { contiguityFigures } from './contiguity-figures';
import { optimalityFigures, potentialProblem, type Optimum } from './optimality-figures';
import { demoPlan } from '@shared/demo/demo-plan';
import { MEASURED_IDS, notBuiltRow, percentile, PLANNED_FIGURES, round, type Row } from './figures';
import {
  settled,
  timeAccountScroll,
  timeAccountSearch,
  timeAccountSort,
  timeClickToPaint,
  timeClickUntilChanged,
  timeNoOpToggle,
} from './interaction';
import { againstRail, baselineRow } from './rail';
import { csvExportFigure, csvImportFigure } from './csv-figures';
import { workbookExportFigure } from './workbook-figures';
import { syncFigures } from './sync-figures';
import { syncLatencyFigures } from './sync-latency';
import { busiestPrefix } from './prefix-target';
import { profiled } from './profile';
import { longestTask, recordLongTasks } from './long-tasks';
import { timePlainAccountsRead } from './plain-read';
import { describeMachine } from './machine';
import { printTable } from './print-table';
import { removeDir } from '../helpers/remove-dir';
import { writePerformanceDoc } from './performance-doc';
import { asTables, seedWorkspace } from './seed-workspace';
import { PersistenceService } from '../../electron/services/persistence/persistence-service';

const quick = process.env.BENCH_QUICK === '1';
const output = process.env.BENCH_JSON ?? '.bench/results.json';
const ALL_SIZES = [
  { label: '2k/12', accounts: 2_000, members: 12 },
  { label: '50k/50', accounts: 50_000, members: 50 },
  { label: '250k/500', accounts: 250_000, members: 500 },
];
const only = process.env.BENCH_SIZES?.split(',').filter(Boolean);
const SIZES = only?.length
  ? ALL_SIZES.filter((s) => only.includes(s.label))
  : quick
    ? ALL_SIZES.slice(0, 1)
    : ALL_SIZES;
/** `BENCH_ONLY=map,plan` measures only those groups after the cold starts (for working on one). */
const GROUPS = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const wanted = (group: string) => !GROUPS?.length || GROUPS.includes(group);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS) || (quick ? 3 : 7);
const progress = (size: string, step: string) => process.stderr.write(`  [${size}] ${step}\n`);
const INTERACTIONS = quick ? 10 : 30;
/**
 * `BENCH_SLOWDOWN=4` runs the app's pages on a CPU Chromium slows four times: how a slow field
 * laptop would fare, measured on a fast machine. Such a run never rewrites docs/performance.md.
 */
const SLOWDOWN = Number(process.env.BENCH_SLOWDOWN) || 1;
const MONTHS = 60;
const AS_OF = '2026-11-26';

const rows: Row[] = [];
let server: BundleServer;

test.describe.configure({ mode: 'serial' });
test.setTimeout(15 * 60_000);

test.beforeAll(async () => {
  server = await startBundleServer();
});

test.afterAll(async () => {
  await server.close();
  const measured = new Set(rows.map((r) => r.id));
  const result = {
    machine: describeMachine(),
    mode: quick ? 'quick' : 'full',
    ...(SLOWDOWN > 1 && { cpuSlowdown: SLOWDOWN }),
    rows: [...rows, ...PLANNED_FIGURES.filter((f) => !measured.has(f.id)).map(notBuiltRow)],
  };
  mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
  printTable(result);
  // A full run over every size rewrites docs/performance.md; quick or partial runs do not.
  if (
    !only?.length &&
    !GROUPS?.length &&
    SLOWDOWN === 1 &&
    writePerformanceDoc(result, MEASURED_IDS)
  )
    console.log('\nWrote docs/performance.md');
});

/** Main's persistence per data folder: a new launch on a folder is a restart after the last. */
const mains = new Map<string, PersistenceService>();

async function launch(profileDir: string) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    headless: true,
    locale: 'de-DE',
    viewport: { width: 1280, height: 800 },
  });
  const dataDir = `${profileDir}-data`;
  await mains.get(dataDir)?.close();
  const { deps, persistence } = await openMainServices({
    dataDir,
    locale: 'de-DE',
    dialogs: scriptedDialogs(`${dataDir}-files`),
    // Main's events (team sync) go to this page.
    printPage: () => context.pages()[0],
  });
  mains.set(dataDir, persistence);
  await installPlannerBridge(context, server.origin, deps);
  const page = context.pages()[0] ?? (await context.newPage());
  if (SLOWDOWN > 1) {
    // The session stays open with the page: the slowdown lasts as long as it does.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  }
  return { context, page, persistence };
}

/** The same-run baseline: a trivial state change on the accounts screen, input to paint. */
async function noOpBaseline(page: Page, size: string) {
  const samples: number[] = [];
  for (let run = 0; run < INTERACTIONS; run += 1) samples.push(await timeNoOpToggle(page));
  return baselineRow(size, samples);
}

/** Time from navigation start to the first screen showing its data, plus one painted frame. */
async function timeToInteractive(page: Page): Promise<number> {
  await page.goto(`${server.origin}/index.html`);
  return page.evaluate(async () => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    while (performance.getEntriesByName('stp:first-screen').length === 0) await frame();
    await frame();
    await frame();
    return performance.now();
  });
}

test('demo generator (Node)', () => {
  if (!wanted('demo')) return;
  const size = SIZES.at(-1)!;
  const times: number[] = [];
  for (let run = 0; run < (quick ? 3 : 5); run += 1) {
    const start = performance.now();
    generateWorkspace({
      asOf: AS_OF,
      accounts: size.accounts,
      members: size.members,
      months: MONTHS,
    });
    times.push(performance.now() - start);
  }
  rows.push({
    id: 'demo.generate',
    size: `${size.label}, ${MONTHS} months`,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    value: Math.round(size.accounts / (percentile(times, 50) / 1000)),
    unit: 'accounts/s',
    target: 'report',
    met: true,
    runs: times.length,
  });
});

for (const size of SIZES) {
  test(`cold start, memory and navigation at ${size.label}`, async () => {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'stp-bench-'));
    const firstRow = rows.length;
    try {
      const data = generateWorkspace({
        asOf: AS_OF,
        accounts: size.accounts,
        members: size.members,
        months: MONTHS,
      });
      progress(size.label, 'seeding the workspace');
      // First start on an empty profile and data folder creates the database (welcome screen).
      let app = await launch(profileDir);
      await timeToInteractive(app.page);
      await app.persistence.close();
      // The data folder and IndexedDB hold the same workspace, as after a normal session.
      const disk = await PersistenceService.open({
        dataDir: `${profileDir}-data`,
        appVersion: 'bench',
        now: () => new Date(),
      });
      // This fiscal year's approved plan, as the demo has it: the Performance screen's targets.
      const plan = demoPlan(data, AS_OF);
      const { revision } = await disk.replaceAll(asTables(data, plan));
      const snapshotTimes: number[] = [];
      // How long main's event loop is held at a stretch while it writes a snapshot: every
      // IPC answer (a save, a backup list) waits that long.
      let longestBlock = 0;
      for (let run = 0; run < (quick ? 2 : 3); run += 1) {
        await disk.append([
          { type: 'put', table: 'settings', rows: [{ key: 'bench', value: run }] },
        ]);
        let last = performance.now();
        const ticker = setInterval(() => {
          const now = performance.now();
          longestBlock = Math.max(longestBlock, now - last);
          last = now;
        }, 1);
        const start = performance.now();
        await disk.compact();
        snapshotTimes.push(performance.now() - start);
        clearInterval(ticker);
      }
      rows.push({
        id: 'snapshot.main_block',
        size: size.label,
        value: round(longestBlock),
        unit: 'ms (longest event-loop block in main during a snapshot)',
        target: '≤ 50 ms',
        met: longestBlock <= 50,
      });
      const snapshotP95 = percentile(snapshotTimes, 95);
      rows.push({
        id: 'snapshot.write',
        size: size.label,
        p50_ms: round(percentile(snapshotTimes, 50)),
        p95_ms: round(snapshotP95),
        target: '< 2,000 ms',
        met: snapshotP95 < 2000,
        runs: snapshotTimes.length,
      });

      await disk.close();
      await seedWorkspace(app.page, data, revision + snapshotTimes.length, plan);
      await app.context.close();

      progress(size.label, 'cold starts');
      const starts: number[] = [];
      const reconciles: number[] = [];
      for (let run = 0; run < COLD_STARTS; run += 1) {
        app = await launch(profileDir);
        starts.push(await timeToInteractive(app.page));
        reconciles.push(
          await app.page.evaluate(
            () => performance.getEntriesByName('stp:reconcile')[0]?.duration ?? -1,
          ),
        );
        if (run < COLD_STARTS - 1) await app.context.close();
      }
      const reconcileP95 = percentile(reconciles, 95);
      rows.push({
        id: 'startup.reconcile',
        size: size.label,
        p50_ms: round(percentile(reconciles, 50)),
        p95_ms: round(reconcileP95),
        target: '< 200 ms (nothing to restore)',
        met: reconcileP95 >= 0 && reconcileP95 < 200,
        runs: reconciles.length,
      });
      const p95 = percentile(starts, 95);
      rows.push({
        id: 'startup.cold',
        size: size.label,
        p50_ms: round(percentile(starts, 50)),
        p95_ms: round(p95),
        target: '< 1,500 ms',
        met: p95 < 1500,
        runs: starts.length,
      });

      if (wanted('screens')) {
        progress(size.label, 'accounts');
        // The accounts screen: load every account (timed, with the longest task meanwhile: the
        // app must answer input while 250,000 rows come in), then filter, sort and scroll.
        await recordLongTasks(app.page);
        const loaded = await profiled(app.context, app.page, 'load-1', () =>
          timeClickToPaint(
            app.page,
            'nav',
            'Kund*innen',
            'Kund*innen',
            'tbody tr:not([aria-hidden])',
            120_000,
          ),
        );
        const loadTask = await longestTask(app.page, true);
        rows.push({
          id: 'accounts.load_longtask',
          size: size.label,
          value: round(loadTask),
          unit: 'ms (longest task while the accounts load)',
          target: 'no task > 50 ms',
          met: loadTask <= 50,
        });
        rows.push(await noOpBaseline(app.page, size.label));
        const searches = ['gmbh', 'berlin', 'k-1012', 'müller', 'ag', 'süd', '803', 'logistik'];
        const filtering: number[] = [];
        const sorting: number[] = [];
        const scrolling: number[] = [];
        for (let run = 0; run < INTERACTIONS; run += 1) {
          filtering.push(
            await profiled(app.context, app.page, `filter-${run + 1}`, () =>
              timeAccountSearch(app.page, searches[run % searches.length]!),
            ),
          );
        }
        await timeAccountSearch(app.page, '');
        for (let run = 0; run < INTERACTIONS; run += 1)
          sorting.push(
            await profiled(app.context, app.page, `sort-${run + 1}`, () =>
              timeAccountSort(app.page, 'Potenzial'),
            ),
          );
        for (let run = 0; run < INTERACTIONS; run += 1)
          scrolling.push(
            await profiled(app.context, app.page, `scroll-${run + 1}`, () =>
              timeAccountScroll(app.page),
            ),
          );
        for (const [id, samples] of [
          ['accounts.filter', filtering],
          ['accounts.sort', sorting],
          ['accounts.scroll', scrolling],
        ] as const) {
          const p95 = percentile(samples, 95);
          rows.push({
            id,
            size: size.label,
            p50_ms: round(percentile(samples, 50)),
            p95_ms: round(p95),
            target: 'p95 < 100 ms',
            met: p95 < 100,
            runs: samples.length,
            samples: samples.map((v) => round(v)),
          });
        }

        const cdp = await app.context.newCDPSession(app.page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        const mb = usedSize / 2 ** 20;
        rows.push({
          id: 'memory.heap',
          size: size.label,
          value: round(mb),
          unit: 'MB',
          target: '< 400 MB',
          met: mb < 400,
        });

        // accounts.load against its floor: the same table read in one plain IndexedDB request
        // in the same page (after the heap figure: that read leaves 250,000 objects behind).
        const plainRead = await timePlainAccountsRead(app.page);
        await cdp.send('HeapProfiler.collectGarbage');
        rows.push({
          id: 'accounts.load',
          size: size.label,
          value: round(loaded),
          unit: 'ms (first open: click to the painted first rows)',
          baseline: `one plain IndexedDB getAll of the table in the same page: ${round(plainRead)} ms`,
          ratio: round(loaded / plainRead, 2),
          target: '≤ 1.5 × the plain read',
          met: loaded <= 1.5 * plainRead,
        });

        progress(size.label, 'territories');
        // Territories: move a busy postal prefix to a neighbour (incl. balance refresh), then switch metrics.
        await timeClickToPaint(app.page, 'nav', 'Gebiete', 'Gebiete');
        const target = busiestPrefix(data);
        await app.page
          .getByRole('button', { name: new RegExp(`^${target.to.name}(?!\\d)`) })
          .click();
        const rulesField = app.page.getByLabel('PLZ-Regeln');
        const original = await rulesField.inputValue();
        const reassigning: number[] = [];
        const undoing: number[] = [];
        for (let run = 0; run < (quick ? 3 : 8); run += 1) {
          // The editor starts afresh when the undone territory arrives from the database, which
          // can be just after the typing: type again until the preview shows the move.
          for (let attempt = 1; ; attempt += 1) {
            await rulesField.fill(`${original}\n${target.rules}`);
            const moved = app.page
              .getByRole('region', { name: 'Was sich ändert' })
              .getByText(/wechseln Gebiet oder Betreuung/);
            try {
              await moved.waitFor({ timeout: 10_000 });
              break;
            } catch (error) {
              if (attempt === 3) throw error;
            }
          }
          // The figure is the Apply itself: the previous undo's save to disk has finished, as it
          // has by the time a person has read the preview (journal.longtask covers saving).
          await settled(app.page);
          progress(size.label, `reassign ${run + 1}`);
          reassigning.push(
            await profiled(app.context, app.page, `reassign-${run + 1}`, () =>
              timeClickUntilChanged(app.page, 'Übernehmen', '.tree'),
            ),
          );
          // Undo is offered once the change is durable; wait for that, as a person would.
          await app.page.waitForFunction(
            () =>
              [...document.querySelectorAll('button')].find(
                (b) => b.textContent?.trim() === 'Rückgängig',
              )?.disabled === false,
          );
          const enabled = (label: string) =>
            app.page.waitForFunction(
              (text) =>
                [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
                  ?.disabled === false,
              label,
            );
          // Undo, redo and undo again, each until the tree shows it (history.undo_large), each
          // on a settled app like the Apply: the save to disk before it is journal.longtask's.
          await settled(app.page);
          undoing.push(
            await profiled(app.context, app.page, `undo-${run + 1}`, () =>
              timeClickUntilChanged(app.page, 'Rückgängig', '.tree'),
            ),
          );
          await enabled('Wiederholen');
          await settled(app.page);
          undoing.push(await timeClickUntilChanged(app.page, 'Wiederholen', '.tree'));
          await enabled('Rückgängig');
          await settled(app.page);
          undoing.push(await timeClickUntilChanged(app.page, 'Rückgängig', '.tree'));
          await enabled('Wiederholen');
        }
        // Where an Apply's and an undo's time goes (marks of the command runner), for the log.
        for (const command of ['territory.change', 'history.undo']) {
          const steps = await app.page.evaluate(
            (name) =>
              performance
                .getEntriesByType('mark')
                .filter((m) => m.name.startsWith(`stp:command:${name}:`))
                .map((m) => [m.name.split(':').pop()!, m.startTime] as const),
            command,
          );
          const runs = steps
            .map(([step, at], i) =>
              step === 'start' ? null : `${step} +${Math.round(at - steps[i - 1]![1])}`,
            )
            .join(', ')
            .split(/, (?=open)/);
          progress(
            size.label,
            `${command} steps (ms after the step before):\n    ${runs.join('\n    ')}`,
          );
        }
        const undoP95 = percentile(undoing, 95);
        rows.push({
          id: 'history.undo_large',
          size: `${size.label} (${target.accounts} accounts)`,
          p50_ms: round(percentile(undoing, 50)),
          p95_ms: round(undoP95),
          target: 'p95 < 100 ms',
          met: undoP95 < 100,
          runs: undoing.length,
          samples: undoing.map((v) => round(v)),
        });
        const reassignP95 = percentile(reassigning, 95);
        rows.push({
          id: 'territory.reassign_prefix',
          size: `${size.label} (${target.accounts} accounts)`,
          p50_ms: round(percentile(reassigning, 50)),
          p95_ms: round(reassignP95),
          target: 'p95 < 100 ms',
          met: reassignP95 < 100,
          runs: reassigning.length,
          samples: reassigning.map((v) => round(v)),
        });
        const switching: number[] = [];
        const metricLabels = [
          'Anzahl Kund*innen',
          'Arbeitslast (Besuche/Jahr)',
          'Vorjahresumsatz',
          'Potenzial',
        ];
        progress(size.label, 'balance metrics');
        // The last undo's save to disk is journal.longtask's, not the metric switch's.
        await settled(app.page);
        for (let run = 0; run < INTERACTIONS; run += 1) {
          switching.push(
            await profiled(app.context, app.page, `metric-${run + 1}`, () =>
              timeClickUntilChanged(
                app.page,
                metricLabels[run % metricLabels.length]!,
                '.balance-table tbody',
              ),
            ),
          );
        }
        const switchP95 = percentile(switching, 95);
        rows.push({
          id: 'balance.switch_metric',
          size: size.label,
          p50_ms: round(percentile(switching, 50)),
          p95_ms: round(switchP95),
          target: 'p95 < 100 ms',
          met: switchP95 < 100,
          runs: switching.length,
          samples: switching.map((v) => round(v)),
        });

        progress(size.label, 'team');
        await timeClickToPaint(app.page, 'nav', 'Team', 'Team');
        // Journaling must never block input: the longest main-thread task while member edits are
        // saved and written through to the data folder (an upper bound: it includes rendering).
        await recordLongTasks(app.page);
        // Self-check: a deliberate 80 ms task must show up, or the figure would prove nothing.
        const selfCheck = await app.page.evaluate(async () => {
          const sink = (window as unknown as { __longTasks: number[] }).__longTasks;
          await new Promise<void>((resolve) =>
            setTimeout(() => {
              const start = performance.now();
              while (performance.now() - start < 80);
              resolve();
            }, 0),
          );
          await new Promise((resolve) => setTimeout(resolve, 100));
          const seen = Math.max(0, ...sink);
          sink.length = 0;
          return seen;
        });
        if (selfCheck < 80)
          throw new Error(`long-task observer saw ${selfCheck} ms of an 80 ms task`);
        for (let edit = 0; edit < (quick ? 3 : 10); edit += 1) {
          await app.page.locator('tbody tr th button').first().click();
          await app.page.getByLabel('Kapazität (Kundenbesuche pro Jahr)').fill(String(300 + edit));
          await app.page.getByRole('button', { name: 'Speichern' }).click();
          // The editor closes when the save is done; the status may still say "saved" from the
          // edit before, and the next click on the same member would meet the closing editor.
          await app.page
            .getByLabel('Kapazität (Kundenbesuche pro Jahr)')
            .waitFor({ state: 'detached' });
          await app.page
            .getByTestId('save-status')
            .filter({ hasText: 'Alle Änderungen gespeichert' })
            .waitFor();
        }
        const longest = await longestTask(app.page, true);
        rows.push({
          id: 'journal.longtask',
          size: size.label,
          value: round(longest),
          unit: 'ms (longest task)',
          target: 'no task > 50 ms',
          met: longest <= 50,
        });

        const navigations: number[] = [];
        for (let run = 0; run < INTERACTIONS; run += 1) {
          await timeClickToPaint(app.page, 'nav', 'Einstellungen', 'Einstellungen');
          // Open means the members are on screen, not the heading over a loading state.
          navigations.push(
            await profiled(app.context, app.page, `team-${run + 1}`, () =>
              timeClickToPaint(app.page, 'nav', 'Team', 'Team', 'main tbody tr:not([aria-hidden])'),
            ),
          );
        }
        const navP95 = percentile(navigations, 95);
        rows.push({
          id: 'team.open',
          size: size.label,
          p50_ms: round(percentile(navigations, 50)),
          p95_ms: round(navP95),
          target: 'p95 < 100 ms',
          met: navP95 < 100,
          runs: navigations.length,
        });
      }

      if (wanted('performance')) {
        progress(size.label, 'performance');
        rows.push(
          ...(await performanceFigures(
            app.page,
            size.members,
            plan.plan.fiscalYear,
            quick ? 5 : INTERACTIONS,
            (name, step) => profiled(app.context, app.page, name, step),
          )),
        );
      }

      if (wanted('market')) {
        progress(size.label, 'market');
        rows.push(...(await marketFigures(app.page, size.label, quick ? 5 : INTERACTIONS)));
      }

      if (wanted('map')) {
        progress(size.label, 'map');
        rows.push(
          ...(await mapFigures(app.context, app.page, size.label, quick ? 5 : INTERACTIONS)),
        );
      }

      if (wanted('plan')) {
        progress(size.label, 'sales plan');
        rows.push(await planReallocateFigure(app.page, size.members, quick ? 5 : 20));
      }

      if (wanted('autobalance')) {
        progress(size.label, 'auto-balance');
        rows.push(...(await autobalanceTime(app.page, size.label, quick ? 2 : 5)));
      }

      // Every interaction figure of this size against RAIL's budgets and the same-run baseline.
      let baseline = rows.slice(firstRow).find((r) => r.id === 'interaction.baseline');
      if (!baseline) {
        await timeClickToPaint(app.page, 'nav', 'Kund*innen', 'Kund*innen');
        await app.page.locator('tbody tr:not([aria-hidden])').first().waitFor({ timeout: 120_000 });
        baseline = await noOpBaseline(app.page, size.label);
        rows.push(baseline);
      }
      rows.splice(firstRow, Infinity, ...againstRail(rows.slice(firstRow), baseline.p50_ms!));

      await app.context.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(`${profileDir}-data`, { recursive: true, force: true });
      rmSync(`${profileDir}-data-files`, { recursive: true, force: true });
    }
  });
}

test('auto-balance against the optimum (Node)', async () => {
  if (!wanted('autobalance')) return;
  // HiGHS's time per instance: the demo team is proven in well under a minute; 10k/30 is not.
  const seconds = quick ? 10 : 120;
  const optima = new Map<string, Optimum>();
  for (const [label, accounts, members] of [
    ['2k/12', 2_000, 12],
    ['10k/30', 10_000, 30],
  ] as const) {
    progress(label, `auto-balance against HiGHS (up to ${seconds} s)`);
    const { problem, potential } = potentialProblem(accounts, members, AS_OF);
    const { rows: found, optimum } = await optimalityFigures(label, problem, potential, seconds);
    rows.push(...found);
    optima.set(label, optimum);
  }
  for (const size of SIZES) {
    progress(size.label, 'auto-balance quality');
    const data = generateWorkspace({
      asOf: AS_OF,
      accounts: size.accounts,
      members: size.members,
      months: 1,
    });
    rows.push(...autobalanceQuality(data, size.label, optima.get(size.label)));
    rows.push(...contiguityFigures(data, size.label));
  }
});

test('team sync (Node, loopback)', async () => {
  if (!wanted('sync')) return;
  // Three runs of two whole-workspace replications at 250k, each about 1.5 minutes, after
  // putting the workspace on the server: more than the other steps' 15 minutes.
  test.setTimeout(45 * 60_000);
  const size = SIZES.at(-1)!;
  progress(size.label, 'team sync: first sync of a new member, 1,000 offline changes');
  const data = generateWorkspace({
    asOf: AS_OF,
    accounts: size.accounts,
    members: size.members,
    months: MONTHS,
  });
  rows.push(
    ...(await syncFigures(data, size.label, quick ? 1 : 3, (step) => progress(size.label, step))),
  );
});

test('team sync between two laptops (Chromium, loopback)', async () => {
  if (!wanted('sync')) return;
  const today = new Date().toISOString().slice(0, 10);
  const data = generateWorkspace({ asOf: today });
  progress('2k/12', 'team sync: a rename on one laptop painted on another');
  const opened: Array<{ close: () => Promise<void>; dir: string }> = [];
  try {
    rows.push(
      ...(await syncLatencyFigures(
        data,
        '2k/12',
        async (name) => {
          const dir = mkdtempSync(path.join(tmpdir(), `stp-bench-${name}-`));
          const app = await launch(dir);
          opened.push({ close: () => app.context.close(), dir });
          await app.page.goto(`${server.origin}/index.html`);
          return app;
        },
        quick ? 10 : 30,
      )),
    );
  } finally {
    for (const app of opened) {
      await app.close();
      await mains.get(`${app.dir}-data`)?.close();
      mains.delete(`${app.dir}-data`);
      removeDir(app.dir);
      removeDir(`${app.dir}-data`);
    }
  }
});

test('CSV and workbook export and CSV import against their baselines', async () => {
  if (!wanted('csv')) return;
  const size = SIZES.at(-1)!;
  const { accounts } = generateWorkspace({
    asOf: AS_OF,
    accounts: size.accounts,
    members: size.members,
    months: 1,
  });
  progress(size.label, 'csv export');
  rows.push(await csvExportFigure(accounts, quick ? 2 : 5));
  progress(size.label, 'xlsx export');
  rows.push(await workbookExportFigure(accounts, quick ? 2 : 3));
  progress(size.label, 'csv import');
  const profileDir = mkdtempSync(path.join(tmpdir(), 'stp-bench-import-'));
  try {
    rows.push(await csvImportFigure(() => launch(profileDir), server.origin, accounts));
  } finally {
    // The app's browser is closed by then; its profile, data folder and files go with it.
    for (const dir of [profileDir, `${profileDir}-data`, `${profileDir}-data-files`])
      removeDir(dir);
  }
});

test('renderer bundle size', () => {
  const dir = path.resolve('out/renderer/assets');
  const html = readFileSync(path.resolve('out/renderer/index.html'), 'utf8');
  // The first screen loads what index.html references (scripts, their preloads and styles).
  const files = readdirSync(dir).filter((file) => html.includes(`assets/${file}`));
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length,
    0,
  );
  const kb = bytes / 1024;
  rows.push({
    id: 'bundle.gzip',
    size: '—',
    value: round(kb),
    unit: 'KB',
    target: 'report; < 400 KB',
    met: kb < 400,
  });
  rows.push(mapDataRow());
});
