import readXlsxFile from 'read-excel-file/universal';
import type { Workbook } from '@shared/csv/import/check-sheet';
import type { WorkbookCell } from '@shared/csv/import/sheet-table';

/**
 * Every sheet of an .xlsx file, its numbers kept as their stored digits (read-excel-file:
 * fflate and a SAX parser, no DOM, so it runs in the worker). Throws on a file that is not a
 * readable workbook (damaged, encrypted, another zip).
 */
export async function readWorkbook(file: Blob): Promise<Workbook> {
  const sheets = await readXlsxFile<{ digits: string }>(file, {
    parseNumber: (digits) => ({ digits }),
  });
  return {
    sheets: sheets.map(({ sheet, data }) => ({
      name: sheet,
      data: data as unknown as WorkbookCell[][],
    })),
  };
}
