/** Why main refused or failed a call; the renderer translates these, never raw exceptions. */
export const IPC_ERROR_CODES = [
  'unknown-channel',
  'forbidden-sender',
  'invalid-request',
  'failed',
  // Disk and file problems the user can act on; the renderer translates each.
  'disk-full',
  'no-permission',
  'file-locked',
  'io',
  'not-a-workspace',
  'damaged',
  'newer-format',
  'wrong-kind',
  'read-only',
  'not-found',
  'too-large',
  'journal-unverified',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type IpcResult<T> =
  { ok: true; data: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

export function ipcOk<T>(data: T): IpcResult<T> {
  return { ok: true, data };
}

export function ipcError(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

export function isIpcErrorCode(value: unknown): value is IpcErrorCode {
  return typeof value === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(value);
}
