/** What stopped a sync, in the terms the person can act on. */
export type SyncFailure = 'wrongPassword' | 'unreachable' | 'server';

export class TeamSyncError extends Error {
  constructor(
    readonly kind: SyncFailure,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'ECONNRESET',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Names what went wrong: the server did not take the name or password (401), could not be
 * reached at all (no answer: a network error, no HTTP status), or answered with an error.
 */
export function classifySyncError(error: unknown): TeamSyncError {
  const e = error as {
    status?: number;
    name?: string;
    code?: string;
    message?: string;
    cause?: { code?: string };
  };
  const detail = String(e?.message ?? e?.name ?? error);
  if (e?.status === 401 || e?.name === 'unauthorized')
    return new TeamSyncError('wrongPassword', detail);
  const code = e?.code ?? e?.cause?.code;
  if (
    (code && OFFLINE_CODES.has(code)) ||
    !e?.status ||
    e.status === 502 ||
    e.status === 503 ||
    e.status === 504
  )
    return new TeamSyncError('unreachable', detail);
  return new TeamSyncError('server', detail);
}
