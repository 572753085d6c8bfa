import type { PlainMessageKey, Translate } from '@shared/i18n/translate';
import { WorkspaceReadOnlyError } from './read-only-guard';

/** Whether the error, or what Dexie wrapped in it (AbortError { inner }), is named `name`. */
function isNamed(error: unknown, name: string): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name: own, inner } = error as { name?: unknown; inner?: unknown };
  return own === name || (inner !== undefined && isNamed(inner, name));
}

/** The translated message for a storage failure the user can act on, or null for others. */
export function storageErrorMessage(error: unknown): PlainMessageKey | null {
  if (error instanceof WorkspaceReadOnlyError) return 'workspace.writeRefused';
  if (isNamed(error, 'QuotaExceededError')) return 'workspace.storageFull';
  if (isNamed(error, 'AuditTrailError')) return 'audit.locked';
  return null;
}

/** What to tell the user when a write failed: the actionable message, or the error itself. */
export function saveFailureText(error: unknown, t: Translate): string {
  const key = storageErrorMessage(error);
  return key ? t(key) : t('common.saveFailed', { message: String(error) });
}
