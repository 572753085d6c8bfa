import { z } from 'zod';
import {
  changeOpSchema,
  jsonProblem,
  keyProblem,
  outboxCursorSchema,
  TABLE_NAMES,
  weightOf,
  type TableName,
} from '../persistence/tables';

/** Rows and keys one append may carry: the renderer sends 5,000 at a time. */
export const MAX_ROWS_PER_APPEND = 20_000;
/** Rows a whole workspace may hold (250,000 accounts and everything around them, with room). */
export const MAX_WORKSPACE_ROWS = 1_500_000;

const rows = z.array(z.record(z.string(), z.unknown()));
export const tablesSchema = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, rows])) as Record<TableName, typeof rows>,
);

/** A whole workspace sent to main: within the row cap, plain JSON, every row with its key. */
const incomingTablesSchema = tablesSchema.check((ctx) => {
  const tables = ctx.value as Record<TableName, Array<Record<string, unknown>>>;
  let total = 0;
  for (const name of TABLE_NAMES) total += tables[name].length;
  if (total > MAX_WORKSPACE_ROWS) {
    ctx.issues.push({
      code: 'custom',
      message: `more than ${MAX_WORKSPACE_ROWS} rows`,
      input: total,
    });
    return;
  }
  for (const name of TABLE_NAMES) {
    const list = tables[name];
    for (let i = 0; i < list.length; i += 1) {
      const problem = jsonProblem(list[i]) ?? keyProblem(name, list[i]!);
      if (problem) {
        ctx.issues.push({ code: 'custom', message: problem, input: list[i], path: [name, i] });
        return;
      }
    }
  }
});

const counts = z.record(z.string(), z.number().int().nonnegative());

export const diskStatusSchema = z.object({
  revision: z.number().int().nonnegative(),
  condition: z.enum([
    'ok',
    'empty',
    'recovered-from-backup',
    'newer-format',
    'damaged-no-backup',
    'locked',
  ]),
  counts,
  recoveredFrom: z
    .object({ backupId: z.string(), createdAt: z.string(), revision: z.number().int() })
    .nullable(),
  journalDamage: z.object({ lines: z.number().int(), keptAs: z.string() }).nullable(),
  lockedBy: z.object({ host: z.string(), pid: z.number().int() }).nullable(),
  cursor: outboxCursorSchema.nullable(),
});
export type DiskStatus = z.infer<typeof diskStatusSchema>;

export const backupInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  revision: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  counts,
  sequence: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const openedFileSchema = z.object({
  file: z
    .object({
      fileName: z.string(),
      createdAt: z.string(),
      appVersion: z.string(),
      tables: tablesSchema,
    })
    .nullable(),
});

export const BACKUP_REASONS = ['manual', 'before-import'] as const;

export const persistenceContract = {
  'persistence:status': { request: z.undefined(), response: diskStatusSchema },
  'persistence:append': {
    request: z
      .strictObject({
        ops: z.array(changeOpSchema).min(1).max(200),
        cursor: outboxCursorSchema.optional(),
      })
      .check((ctx) => {
        const total = ctx.value.ops.reduce((sum, op) => sum + weightOf(op), 0);
        if (total > MAX_ROWS_PER_APPEND) {
          ctx.issues.push({
            code: 'custom',
            message: `more than ${MAX_ROWS_PER_APPEND} rows in one call`,
            input: total,
          });
        }
      }),
    response: z.object({ revision: z.number().int().positive() }),
  },
  'persistence:load': {
    request: z.undefined(),
    response: z.object({ revision: z.number().int().nonnegative(), tables: tablesSchema }),
  },
  'persistence:replace-all': {
    request: z.strictObject({
      tables: incomingTablesSchema,
      cursor: outboxCursorSchema.optional(),
    }),
    response: z.object({ revision: z.number().int().positive() }),
  },
  'backup:list': { request: z.undefined(), response: z.array(backupInfoSchema) },
  'backup:create': {
    request: z.strictObject({ reason: z.enum(BACKUP_REASONS) }),
    response: backupInfoSchema,
  },
  'backup:restore': {
    // An id, never a path: main looks it up in its own backups folder.
    request: z.strictObject({ backupId: z.string().regex(/^[0-9TZ-]+_[a-z-]+_r\d+(?:_n\d+)?$/) }),
    response: z.object({
      revision: z.number().int().positive(),
      tables: tablesSchema,
      undoBackupId: z.string(),
    }),
  },
  'workspace:export': {
    request: z.undefined(),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  'workspace:open-file': { request: z.undefined(), response: openedFileSchema },
  /** The file the OS asked the app to open (double-click, second start), if one waits. */
  'workspace:take-opened-file': { request: z.undefined(), response: openedFileSchema },
} as const;
