import ExcelJS from 'exceljs';

/** A written workbook read back with exceljs (its Buffer type predates Node's generic one). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}
