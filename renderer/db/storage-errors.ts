import type { MessageKey, Translate } from '../../shared/i18n/translate';
import { WorkspaceReadOnlyError } from './read-only-guard';

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie may wrap the real cause: AbortError { inner: QuotaExceededError }.
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/** The translated message for a storage failure the user can act on, or null for others. */
export function storageErrorMessage(error: unknown): MessageKey | null {
  if (error instanceof WorkspaceReadOnlyError) return 'workspace.writeRefused';
  if (isQuotaError(error)) return 'workspace.storageFull';
  return null;
}

/** What to tell the user when a write failed: the actionable message, or the error itself. */
export function saveFailureText(error: unknown, t: Translate): string {
  const key = storageErrorMessage(error);
  return key ? t(key) : t('common.saveFailed', { message: String(error) });
}
