import { z } from 'zod';
import { changeOpSchema, TABLE_NAMES, type TableName } from '../persistence/tables';

const rows = z.array(z.record(z.string(), z.unknown()));
export const tablesSchema = z.strictObject(
  Object.fromEntries(TABLE_NAMES.map((name) => [name, rows])) as Record<TableName, typeof rows>,
);

const counts = z.record(z.string(), z.number().int().nonnegative());

export const diskStatusSchema = z.object({
  revision: z.number().int().nonnegative(),
  condition: z.enum(['ok', 'empty', 'recovered-from-backup', 'newer-format', 'damaged-no-backup']),
  counts,
  recoveredFrom: z
    .object({ backupId: z.string(), createdAt: z.string(), revision: z.number().int() })
    .nullable(),
});
export type DiskStatus = z.infer<typeof diskStatusSchema>;

export const backupInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  revision: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
  counts,
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
    request: z.strictObject({ ops: z.array(changeOpSchema).min(1).max(200) }),
    response: z.object({ revision: z.number().int().positive() }),
  },
  'persistence:load': {
    request: z.undefined(),
    response: z.object({ revision: z.number().int().nonnegative(), tables: tablesSchema }),
  },
  'persistence:replace-all': {
    request: z.strictObject({ tables: tablesSchema }),
    response: z.object({ revision: z.number().int().positive() }),
  },
  'backup:list': { request: z.undefined(), response: z.array(backupInfoSchema) },
  'backup:create': {
    request: z.strictObject({ reason: z.enum(BACKUP_REASONS) }),
    response: backupInfoSchema,
  },
  'backup:restore': {
    // An id, never a path: main looks it up in its own backups folder.
    request: z.strictObject({ backupId: z.string().regex(/^[0-9TZ-]+_[a-z-]+_r\d+$/) }),
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
