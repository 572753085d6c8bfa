import { createHash } from 'node:crypto';
import { WORKSPACE_SCHEMA_VERSION } from '@shared/domain/workspace';
import type { FileSystem } from './file-system';
import { fromDiskError, PersistenceError } from './persistence-error';
import { z } from 'zod';
import {
  countRows,
  outboxCursorSchema,
  type OutboxCursor,
  TABLE_NAMES,
  type TableName,
  type WorkspaceTables,
} from '@shared/persistence/tables';

/** Layout of snapshot, backup and `.stplan` files; raise it when the layout changes. */
export const FILE_FORMAT_VERSION = 1;
const MAGIC = 'sales-team-planner';

export type FileKind = 'snapshot' | 'workspace';

const headerSchema = z.object({
  magic: z.literal(MAGIC),
  kind: z.enum(['snapshot', 'workspace']),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string(),
  revision: z.number().int().nonnegative(),
  createdAt: z.string(),
  reason: z.string().optional(),
  /** Backups: the order they were written in (wall time can jump back). */
  sequence: z.number().int().nonnegative().optional(),
  /** Snapshots: how far the renderer's outbox had reached the disk. */
  cursor: outboxCursorSchema.optional(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  bodyBytes: z.number().int().nonnegative(),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileHeader = z.infer<typeof headerSchema>;

export interface EncodeOptions {
  kind: FileKind;
  schemaVersion: number;
  appVersion: string;
  revision: number;
  createdAt: string;
  reason?: string;
  sequence?: number;
  cursor?: OutboxCursor | null;
}

/**
 * One header line (JSON: versions, revision, row counts, SHA-256 of the body), then the body
 * (JSON of every table). The header can be read without the body, e.g. to list backups.
 */
export function encodeWorkspaceFile(tables: WorkspaceTables, options: EncodeOptions): Buffer {
  const body = Buffer.from(JSON.stringify(tables), 'utf8');
  const header = headerFor(
    options,
    countRows(tables),
    body.length,
    createHash('sha256').update(body).digest('hex'),
  );
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

/** The header line's fields for a body of `bodyBytes` with the given SHA-256. */
export function headerFor(
  options: EncodeOptions,
  counts: Record<string, number>,
  bodyBytes: number,
  bodySha256: string,
): FileHeader {
  return {
    magic: MAGIC,
    kind: options.kind,
    formatVersion: FILE_FORMAT_VERSION,
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    revision: options.revision,
    createdAt: options.createdAt,
    ...(options.reason ? { reason: options.reason } : {}),
    ...(options.sequence !== undefined ? { sequence: options.sequence } : {}),
    ...(options.cursor ? { cursor: options.cursor } : {}),
    counts,
    bodyBytes,
    bodySha256,
  };
}

export type FileProblem = 'not-a-workspace' | 'damaged' | 'newer-format' | 'wrong-kind';

export type DecodeResult =
  | { ok: true; header: FileHeader; tables: WorkspaceTables }
  | { ok: false; problem: FileProblem; detail: string };

/** Reads only the header line (from the first bytes of a file). */
export function decodeHeader(
  bytes: Buffer,
): { ok: true; header: FileHeader } | { ok: false; problem: FileProblem; detail: string } {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return { ok: false, problem: 'not-a-workspace', detail: 'no header line' };
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  } catch {
    return { ok: false, problem: 'not-a-workspace', detail: 'header is not JSON' };
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) {
    const magic = (raw as { magic?: unknown } | null)?.magic;
    return {
      ok: false,
      problem: magic === MAGIC ? 'damaged' : 'not-a-workspace',
      detail: 'header fields',
    };
  }
  if (parsed.data.formatVersion > FILE_FORMAT_VERSION) {
    return { ok: false, problem: 'newer-format', detail: `format ${parsed.data.formatVersion}` };
  }
  return { ok: true, header: parsed.data };
}

/** Reads a `.stplan` file the user chose: verified, and refused when a newer app wrote it. */
export async function readWorkspaceFile(
  fs: Pick<FileSystem, 'readFile'>,
  filePath: string,
): Promise<{ header: FileHeader; tables: WorkspaceTables }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw fromDiskError(error, 'Could not read the file');
  }
  const decoded = decodeWorkspaceFile(bytes, 'workspace');
  if (!decoded.ok) throw new PersistenceError(decoded.problem, decoded.detail);
  if (decoded.header.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
    throw new PersistenceError('newer-format', 'The file was written by a newer app.');
  }
  return decoded;
}

/** Verifies header, size, checksum and row counts before anything reads the data. */
export function decodeWorkspaceFile(bytes: Buffer, expectedKind?: FileKind): DecodeResult {
  const head = decodeHeader(bytes);
  if (!head.ok) return head;
  const { header } = head;
  if (expectedKind && header.kind !== expectedKind) {
    return { ok: false, problem: 'wrong-kind', detail: header.kind };
  }
  const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
  if (body.length !== header.bodyBytes) {
    return {
      ok: false,
      problem: 'damaged',
      detail: `body is ${body.length} of ${header.bodyBytes} bytes`,
    };
  }
  if (createHash('sha256').update(body).digest('hex') !== header.bodySha256) {
    return { ok: false, problem: 'damaged', detail: 'checksum mismatch' };
  }
  let tables: WorkspaceTables;
  try {
    tables = JSON.parse(body.toString('utf8')) as WorkspaceTables;
  } catch {
    return { ok: false, problem: 'damaged', detail: 'body is not JSON' };
  }
  for (const name of TABLE_NAMES as TableName[]) {
    // A file from before a table existed (e.g. scenarios) simply has none of its rows.
    if (tables[name] === undefined && header.counts[name] === undefined) tables[name] = [];
    const rows = tables[name];
    if (!Array.isArray(rows) || rows.length !== (header.counts[name] ?? 0)) {
      return { ok: false, problem: 'damaged', detail: `table ${name}` };
    }
  }
  return { ok: true, header, tables };
}
