import type { Translate } from '@shared/i18n/translate';
import type { IpcErrorCode } from '@shared/ipc/result';
import { storageErrorMessage } from '../db/storage-errors';
import { IpcFailure } from './planner';

/** The user's words for why something failed: a disk problem, a bad file, storage, or else. */
export function failureReason(error: unknown, t: Translate): string {
  if (error instanceof IpcFailure) return codeText(error.code, error.message, t);
  const storage = storageErrorMessage(error);
  if (storage) return t(storage);
  return t('error.code.failed', {
    message: error instanceof Error ? error.message : String(error),
  });
}

export function codeText(code: IpcErrorCode, message: string, t: Translate): string {
  return t(`error.code.${code}`, { message });
}
