import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { createExportHandlers } from '../../electron/services/export-files';
import { writeFileAtomic } from '../../electron/services/persistence/atomic-write';
import { nodeFileSystem } from '../../electron/services/persistence/file-system';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { writeCsv } from '@shared/csv/write-csv';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { STORES_V1 } from '@renderer/db/db';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/harness/chromium';
import { percentile, round, type Row } from './figures';

const fromModules = (file: string) => path.resolve('node_modules', file);
const median = (values: number[]) => percentile(values, 50);
const names = { territory: () => 'Süd 1', member: () => 'Özlem Şahin' };

/**
 * csv.export: the accounts export (German Excel dialect, formatted and neutralised, saved by
 * main's handler) against papaparse's unparse of the same accounts plus the same file write.
 * Both in Node, alternating, in the same run.
 */
export async function csvExportFigure(accounts: Account[], runs: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stp-bench-csv-'));
  try {
    const handlers = createExportHandlers({
      dataFolder: dir,
      showInFolder: () => undefined,
      dialogs: {
        chooseSaveFile: async (name) => path.join(dir, path.basename(name)),
        chooseOpenFile: async () => null,
      },
    });
    const t = createTranslator('de');
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      const content = writeCsv(accounts, accountColumns(t, names), 'excel-de');
      await handlers['csv:save']({ suggestedName: 'ours.csv', content });
      ours.push(performance.now() - start);
      start = performance.now();
      const plain = Papa.unparse(accounts as unknown as object[], { delimiter: ';' });
      await writeFileAtomic(nodeFileSystem, path.join(dir, 'baseline.csv'), plain);
      baseline.push(performance.now() - start);
    }
    const ratio = median(ours) / median(baseline);
    return {
      id: 'csv.export',
      size: `${accounts.length / 1000}k`,
      p50_ms: round(median(ours)),
      p95_ms: round(percentile(ours, 95)),
      baseline: 'papaparse unparse + same file write (Node)',
      baseline_p50_ms: round(median(baseline)),
      ratio: round(ratio),
      target: 'ratio ≤ 1.5',
      met: ratio <= 1.5,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The baseline in the same Chromium: papaparse's parse alone, then a raw Dexie bulkPut of the
 * parsed rows as account records (building those objects is not timed).
 */
async function baselineImport(origin: string, file: string): Promise<number> {
  const profile = mkdtempSync(path.join(tmpdir(), 'stp-bench-baseline-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    // Only this page, which loads the two libraries as they ship, skips the app's CSP.
    bypassCSP: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route(`${origin}/__bench/accounts.csv`, (route) =>
      route.fulfill({ path: file, contentType: 'text/csv; charset=utf-8' }),
    );
    page.on('console', (message) => process.stderr.write(`  ${message.text()}\n`));
    await page.goto(`${origin}/index.html`);
    await page.addScriptTag({ path: fromModules('papaparse/papaparse.min.js') });
    await page.addScriptTag({ path: fromModules('dexie/dist/dexie.min.js') });
    return await page.evaluate(
      async ([url, stores]) => {
        const w = window as unknown as {
          Papa: { parse: (t: string, c: object) => { data: string[][] } };
          Dexie: new (
            name: string,
            options: object,
          ) => {
            version: (n: number) => { stores: (s: object) => void };
            table: (n: string) => { bulkPut: (rows: unknown[]) => Promise<unknown> };
          };
        };
        const text = await (await fetch(url)).text();
        let start = performance.now();
        const { data } = w.Papa.parse(text, { delimiter: ';', skipEmptyLines: true });
        const parsing = performance.now() - start;
        const cents = (v: string) => Math.round(Number(v.replace(',', '.')) * 100);
        const records = data.slice(1).map((r) => ({
          id: crypto.randomUUID(),
          externalId: r[0],
          name: r[1],
          postalCode: r[2],
          city: r[3],
          country: 'DE',
          segment: r[4],
          strategic: r[5] === 'ja',
          potentialCents: cents(r[6]!),
          priorYearRevenueCents: cents(r[7]!),
          status: r[8],
          satisfaction: r[9] ? Number(r[9]) : null,
          territoryId: null,
          ownerId: null,
          pinnedOwnerId: null,
        }));
        // Same indexes and durability as the app's accounts table.
        const db = new w.Dexie('stp-baseline', { chromeTransactionDurability: 'strict' });
        db.version(1).stores({ accounts: stores });
        start = performance.now();
        await db.table('accounts').bulkPut(records);
        const putting = performance.now() - start;
        console.log(`baseline: parse ${Math.round(parsing)} ms, bulkPut ${Math.round(putting)} ms`);
        return parsing + putting;
      },
      [`${origin}/__bench/accounts.csv`, STORES_V1.accounts] as const,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * csv.import: the whole import of a 250k-row German Excel file through the Import screen
 * (parse and check in the worker, then store in one journaled transaction), against the
 * baseline above.
 */
export async function csvImportFigure(
  launch: () => Promise<{ context: BrowserContext; page: Page }>,
  origin: string,
  accounts: Account[],
): Promise<Row> {
  const csv = writeCsv(accounts, accountColumns(createTranslator('de'), names), 'excel-de');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'stp-bench-import-')), 'kunden.csv');
  await writeFile(file, csv);
  const app = await launch();
  try {
    await app.page.goto(`${origin}/index.html`);
    await app.page.getByRole('button', { name: 'Leer beginnen' }).click();
    await app.page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Import' })
      .click();
    await app.page.getByLabel('Datei wählen (CSV oder Excel) …').setInputFiles(file);
    const check = app.page.getByRole('button', { name: 'Ganze Datei prüfen' });
    await check.waitFor();
    let start = performance.now();
    await check.click();
    const commit = app.page.getByRole('button', { name: /^Zeilen importieren: / });
    await commit.waitFor({ timeout: 600_000 });
    const checking = performance.now() - start;
    start = performance.now();
    await commit.click();
    await app.page.getByText(/^Importiert: /).waitFor({ timeout: 600_000 });
    const storing = performance.now() - start;
    const ours = checking + storing;
    process.stderr.write(
      `  csv import: checking ${Math.round(checking)} ms, storing ${Math.round(storing)} ms\n`,
    );
    const baseline = await baselineImport(origin, file);
    const ratio = ours / baseline;
    return {
      id: 'csv.import',
      size: `${accounts.length / 1000}k`,
      p50_ms: round(ours),
      p95_ms: round(ours),
      baseline: 'papaparse parse + raw Dexie bulkPut (same browser)',
      baseline_p50_ms: round(baseline),
      ratio: round(ratio),
      target: 'ratio ≤ 1.5',
      met: ratio <= 1.5,
      runs: 1,
    };
  } finally {
    await app.context.close();
    rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
