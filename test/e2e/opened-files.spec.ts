import path from 'node:path';
import { PersistenceService } from '../../electron/services/persistence/persistence-service';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { asTables } from '../bench/seed-workspace';
import { expect, test } from './harness/fixtures';
import { announceWaitingFile } from './harness/preload-emulation';

/** A team lead's exported workspace, as a file on disk. */
async function leadsFile(members: number, dir: string): Promise<string> {
  const lead = await PersistenceService.open({
    dataDir: dir,
    appVersion: '0.1.0',
    now: () => new Date(),
  });
  await lead.replaceAll(
    asTables(generateWorkspace({ asOf: '2026-11-26', members, accounts: 40, months: 1 })),
  );
  const file = path.join(dir, `Vertriebsplan Team ${members}.stplan`);
  await lead.exportWorkspace(file);
  await lead.close();
  return file;
}

test('a double-clicked workspace file on a new computer opens as the workspace', async ({
  launchApp,
  openedFiles,
  tempDir,
}) => {
  openedFiles.offer(await leadsFile(8, tempDir('stp-lead-')));
  const { page } = await launchApp();
  const card = page.getByRole('heading', { name: 'Open “Vertriebsplan Team 8.stplan”' });
  await expect(card).toBeVisible();
  await expect(page.getByText(/8 members, 40 accounts/)).toBeVisible();
  await page.getByRole('button', { name: 'Open this workspace' }).click();
  await expect(page.getByRole('row')).toHaveCount(9);
});

test('a workspace file opened while the app runs goes to the import preview, not straight in', async ({
  launchApp,
  openedFiles,
  tempDir,
}) => {
  const { page } = await launchApp();
  await page.getByRole('button', { name: 'Open demo workspace' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  openedFiles.offer(await leadsFile(5, tempDir('stp-lead-')));
  await announceWaitingFile(page);
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Import “Vertriebsplan Team 5.stplan”' });
  await expect(preview).toBeVisible();
  await page.getByRole('button', { name: 'Team' }).click();
  await expect(page.getByRole('row')).toHaveCount(13);
});
