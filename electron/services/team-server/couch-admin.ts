/** A CouchDB server and the credentials of the person setting it up (a server admin). */
export interface CouchServer {
  url: string;
  username: string;
  password: string;
}

/** A refusal or failure from the server, with CouchDB's own error and reason. */
export class CouchRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly path: string,
  ) {
    super(`${path}: ${status} ${error}${reason ? ` (${reason})` : ''}`);
  }
}

export interface CouchResponse {
  status: number;
  body: Record<string, unknown>;
}

/** One request with the admin's credentials; any status in `accept` counts as success. */
export async function couchRequest(
  server: CouchServer,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  accept: readonly number[] = [],
): Promise<CouchResponse> {
  const auth = Buffer.from(`${server.username}:${server.password}`).toString('base64');
  const response = await fetch(new URL(path, withSlash(server.url)), {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const parsed = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok && !accept.includes(response.status)) {
    throw new CouchRequestError(
      response.status,
      String(parsed.error ?? 'error'),
      String(parsed.reason ?? ''),
      path,
    );
  }
  return { status: response.status, body: parsed };
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/** Creates the database unless it is there; true when it was created. */
export async function ensureDatabase(server: CouchServer, name: string): Promise<boolean> {
  const { status } = await couchRequest(server, 'PUT', encodeURIComponent(name), undefined, [412]);
  return status !== 412;
}

type Stored = Record<string, unknown>;

/**
 * Writes a document as `build` makes it from what is stored (null: nothing stored yet), or
 * leaves it when `build` returns null. Fields `build` does not name are kept (a login keeps its
 * password hash).
 */
export async function ensureDocument(
  server: CouchServer,
  path: string,
  build: (stored: Stored | null) => Stored | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const current = await couchRequest(server, 'GET', path, undefined, [404]);
  const stored = current.status === 404 ? null : current.body;
  const doc = build(stored);
  if (!doc) return 'unchanged';
  await couchRequest(server, 'PUT', path, stored ? { ...stored, ...doc, _rev: stored._rev } : doc);
  return stored ? 'updated' : 'created';
}
