import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExportHandlers } from '../../electron/services/export-files';
import { writeWorkbook } from '../../electron/services/workbook/write-workbook';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { tableExport } from '@shared/csv/exports/table-export';
import type { Account } from '@shared/domain/account';
import { createTranslator } from '@shared/i18n/translate';
import { invokeContract } from '@shared/ipc/contract';
import { percentile, round, type Row } from './figures';

const median = (values: number[]) => percentile(values, 50);
const names = { territory: () => 'Süd 1', member: () => 'Özlem Şahin' };

/**
 * xlsx.export: the accounts export as a workbook — typed columns built (renderer), the request
 * checked against the IPC contract (as main's gate does), the workbook written and saved by
 * main's handler — against the CSV export of the same accounts through the same handler, in
 * the same run, alternating. Target: under 15 s at 250,000 accounts; the ratio is reported.
 */
export async function workbookExportFigure(accounts: Account[], runs: number): Promise<Row> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stp-bench-xlsx-'));
  try {
    const handlers = createExportHandlers({
      dataFolder: dir,
      showInFolder: () => undefined,
      dialogs: {
        chooseSaveFile: async (name) => path.join(dir, path.basename(name)),
        chooseOpenFile: async () => null,
      },
      loadWorkbookWriter: async () => writeWorkbook,
    });
    const t = createTranslator('de');
    const columns = accountColumns(t, names);
    const workbook: number[] = [];
    const csv: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      const request = invokeContract['xlsx:save'].request.parse({
        suggestedName: 'ours.xlsx',
        language: 'de',
        currency: 'EUR',
        sheet: tableExport(accounts, columns).sheet('Kund_innen'),
      });
      await handlers['xlsx:save'](request);
      workbook.push(performance.now() - start);
      start = performance.now();
      await handlers['csv:save']({
        suggestedName: 'ours.csv',
        content: tableExport(accounts, columns).csv('excel-de'),
      });
      csv.push(performance.now() - start);
    }
    const p50 = median(workbook);
    return {
      id: 'xlsx.export',
      size: `${accounts.length / 1000}k`,
      p50_ms: round(p50),
      p95_ms: round(percentile(workbook, 95)),
      baseline: 'CSV export of the same accounts, same handler (Node)',
      baseline_p50_ms: round(median(csv)),
      ratio: round(p50 / median(csv)),
      target: 'p50 < 15 s at 250k (ratio reported)',
      met: p50 < 15_000,
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
