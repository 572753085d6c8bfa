import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../helpers/load-workbook';
import { createExportHandlers } from '../../../../electron/services/export-files';
import type { FileFilter } from '../../../../electron/services/persistence-handlers';
import { tempDir } from '../../../helpers/temp-dirs';

function setup(answer: (defaultPath: string) => string | null) {
  const dataFolder = tempDir('stp-csv-data-');
  const asked: string[] = [];
  const shown: string[] = [];
  const handlers = createExportHandlers({
    dataFolder,
    showInFolder: (file) => shown.push(file),
    dialogs: {
      chooseSaveFile: async (defaultPath: string, _filter: FileFilter) => {
        asked.push(defaultPath);
        return answer(defaultPath);
      },
      chooseOpenFile: async () => null,
    },
  });
  return { handlers, asked, shown, dataFolder };
}

describe('CSV files (main)', () => {
  it('writes the content byte for byte where the user chose, then opens the next dialog in that folder', async () => {
    const target = tempDir('stp-csv-out-');
    const { handlers, asked } = setup((p) => path.join(target, path.basename(p)));
    const content = '\ufeffKunde;Betrag\r\nMüller;1234,50\r\n';
    const saved = await handlers['csv:save']({ suggestedName: 'a.csv', content });
    expect(saved).toEqual({ saved: true, fileName: 'a.csv' });
    expect(readFileSync(path.join(target, 'a.csv'))).toEqual(Buffer.from(content, 'utf8'));
    await handlers['csv:save']({ suggestedName: 'b.csv', content: 'x' });
    expect(asked).toEqual(['a.csv', path.join(target, 'b.csv')]);
  });

  it('a fresh start still opens the last folder; a broken memory file is ignored', async () => {
    const target = tempDir('stp-csv-out-');
    const first = setup((p) => path.join(target, path.basename(p)));
    await first.handlers['csv:save']({ suggestedName: 'a.csv', content: 'x' });
    const again = createExportHandlers({
      dataFolder: first.dataFolder,
      showInFolder: () => undefined,
      dialogs: {
        chooseSaveFile: async (p) => {
          expect(p).toBe(path.join(target, 'c.csv'));
          return null;
        },
        chooseOpenFile: async () => null,
      },
    });
    expect(await again['csv:save']({ suggestedName: 'c.csv', content: 'x' })).toEqual({
      saved: false,
      fileName: null,
    });
    writeFileSync(path.join(first.dataFolder, 'csv-exports.json'), '{not json');
    const broken = setup(() => null);
    writeFileSync(path.join(broken.dataFolder, 'csv-exports.json'), '{"lastFolder": "relative/x"}');
    await broken.handlers['csv:save']({ suggestedName: 'd.csv', content: 'x' });
    expect(broken.asked).toEqual(['d.csv']);
  });

  it('shows only the file it saved last; nothing before the first save', async () => {
    const target = tempDir('stp-csv-out-');
    const { handlers, shown } = setup((p) => path.join(target, path.basename(p)));
    expect(await handlers['csv:show-in-folder']({})).toEqual({ shown: false });
    await handlers['csv:save']({ suggestedName: 'plan.csv', content: 'x' });
    expect(await handlers['csv:show-in-folder']({})).toEqual({ shown: true });
    expect(shown).toEqual([path.join(target, 'plan.csv')]);
  });

  it('a failed write is reported as a disk error, and "show" still means the last good file', async () => {
    const { handlers, shown } = setup(() => path.join(tmpdir(), 'no-such-dir-stp', 'x.csv'));
    await expect(
      handlers['csv:save']({ suggestedName: 'x.csv', content: 'x' }),
    ).rejects.toMatchObject({ name: 'PersistenceError', ipcCode: expect.any(String) });
    expect(await handlers['csv:show-in-folder']({})).toEqual({ shown: false });
    expect(shown).toEqual([]);
  });
});

describe('workbook files (main)', () => {
  it('writes the typed cells as a workbook where the user chose, with an Excel filter in the dialog', async () => {
    const target = tempDir('stp-xlsx-out-');
    const filters: FileFilter[] = [];
    const handlers = createExportHandlers({
      dataFolder: tempDir('stp-xlsx-data-'),
      showInFolder: () => undefined,
      dialogs: {
        chooseSaveFile: async (defaultPath: string, filter: FileFilter) => {
          filters.push(filter);
          return path.join(target, path.basename(defaultPath));
        },
        chooseOpenFile: async () => null,
      },
    });
    const saved = await handlers['xlsx:save']({
      suggestedName: 'Kund_innen.xlsx',
      language: 'de',
      currency: 'EUR',
      sheet: {
        name: 'Kund_innen',
        columns: [
          { header: 'PLZ', kind: 'text', values: ['01067'] },
          { header: 'Umsatz', kind: 'money', values: [123_45] },
        ],
      },
    });
    expect(saved).toEqual({ saved: true, fileName: 'Kund_innen.xlsx' });
    expect(filters).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
    const book = await loadWorkbook(readFileSync(path.join(target, 'Kund_innen.xlsx')));
    const sheet = book.getWorksheet('Kund_innen')!;
    expect(sheet.getCell('A2').value).toBe('01067');
    expect(sheet.getCell('B2').value).toBe(123.45);
    // Nothing is left beside the file (the temporary file was renamed into place).
    expect(readdirSync(target)).toEqual(['Kund_innen.xlsx']);
  });
});
