import type { Row } from '../../../shared/persistence/table-keys';
import type { TeamRemote } from './replica-remote';
import { classifySyncError } from './sync-errors';

/**
 * The row as the team's server holds it now (null: it holds none, or it was deleted there).
 * Throws a `TeamSyncError` when the server cannot be asked.
 */
export async function teamVersion(
  remote: Extract<TeamRemote, { fetch: unknown }>,
  id: string,
): Promise<Row | null> {
  const url = `${remote.url.replace(/\/$/, '')}/${remote.database}/${encodeURIComponent(id)}`;
  let response: Response;
  try {
    response = await remote.fetch(url);
  } catch (error) {
    throw classifySyncError(error);
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    throw classifySyncError({ status: response.status, message: `${response.status} ${url}` });
  }
  const doc = (await response.json()) as { row?: unknown };
  const row = doc.row;
  return typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Row) : null;
}
