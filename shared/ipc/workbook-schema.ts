import { z } from 'zod';

/** Excel's limits: 1,048,576 rows (one is the header), 16,384 columns, 32,767 characters. */
export const SHEET_MAX_ROWS = 1_048_575;
const MAX_COLUMNS = 1_000;
const MAX_CELL = 32_767;

const text = z.string().max(MAX_CELL).nullable();
const values = <T extends z.ZodType>(cell: T) => z.array(cell).max(SHEET_MAX_ROWS);

/**
 * One column of a workbook sheet with its cells typed, so the spreadsheet never guesses:
 * text stays text (postal codes keep their zero, "=1+1" is no formula), money is a number
 * with a currency format, dates are dates.
 */
export const sheetColumnSchema = z.discriminatedUnion('kind', [
  z.strictObject({ header: z.string().max(255), kind: z.literal('text'), values: values(text) }),
  z.strictObject({
    header: z.string().max(255),
    kind: z.literal('money'),
    /** Cents, exactly. */
    values: values(
      z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
    ),
  }),
  z.strictObject({
    header: z.string().max(255),
    kind: z.literal('int'),
    values: values(z.number().int().min(-1e15).max(1e15).nullable()),
  }),
  z.strictObject({
    header: z.string().max(255),
    kind: z.literal('date'),
    values: values(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
    ),
  }),
]);
export type SheetColumn = z.infer<typeof sheetColumnSchema>;

export const workbookSheetSchema = z
  .strictObject({
    /** The sheet's name in the UI language, already made valid for Excel (see `sheetName`). */
    name: z
      .string()
      .min(1)
      .max(31)
      .refine((name) => !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name), 'not a sheet name'),
    columns: z.array(sheetColumnSchema).min(1).max(MAX_COLUMNS),
  })
  .refine(
    (sheet) => sheet.columns.every((c) => c.values.length === sheet.columns[0]!.values.length),
    'every column has as many cells as the first',
  );
export type WorkbookSheet = z.infer<typeof workbookSheetSchema>;
