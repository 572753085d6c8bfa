import type { IpcErrorCode } from '@shared/ipc/result';
import { diskProblemOf } from './file-system';

/** A persistence failure with the code the renderer translates for the user. */
export class PersistenceError extends Error {
  override readonly name = 'PersistenceError';
  constructor(
    readonly ipcCode: IpcErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Wraps a file-system error, keeping the original as the cause. */
export function fromDiskError(error: unknown, what: string): PersistenceError {
  if (error instanceof PersistenceError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PersistenceError(diskProblemOf(error), `${what}: ${detail}`, error);
}
