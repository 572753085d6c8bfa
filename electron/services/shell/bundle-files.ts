import path from 'node:path';
import { SECURITY_HEADERS, originOf } from './app-origin';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // The exact balancer's solver (HiGHS); streaming compilation needs this exact type.
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export type BundleResolution =
  | { ok: true; filePath: string; headers: Record<string, string> }
  | { ok: false; status: 403 | 404 | 405; reason: string };

/**
 * Maps a request for the renderer bundle to a file inside `rootDir`, refusing anything else:
 * other hosts, other methods, traversal out of the bundle, encoded separators and NUL bytes.
 * Used by the Electron protocol handler and by the browser test server alike.
 */
export function resolveBundleRequest(
  requestUrl: string,
  method: string,
  rootDir: string,
  expectedOrigin: string,
): BundleResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405, reason: 'method' };
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 403, reason: 'malformed url' };
  }
  if (originOf(requestUrl) !== expectedOrigin || url.username || url.password) {
    return { ok: false, status: 403, reason: 'foreign origin' };
  }
  const rawPath = url.pathname;
  if (/%2f|%5c|%00/i.test(rawPath) || rawPath.includes('\\')) {
    return { ok: false, status: 403, reason: 'encoded separator' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 403, reason: 'malformed path' };
  }
  if (decoded.includes('\0')) return { ok: false, status: 403, reason: 'nul byte' };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) {
    return { ok: false, status: 403, reason: 'outside bundle' };
  }
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()];
  if (!contentType) return { ok: false, status: 404, reason: 'unknown file type' };
  return { ok: true, filePath, headers: { 'Content-Type': contentType, ...SECURITY_HEADERS } };
}

export interface BundleResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** Reads the resolved file; shared by the Electron protocol handler and the test server. */
export async function readBundleResponse(
  requestUrl: string,
  method: string,
  rootDir: string,
  expectedOrigin: string,
  readFile: (filePath: string) => Promise<Buffer>,
): Promise<BundleResponse> {
  const resolution = resolveBundleRequest(requestUrl, method, rootDir, expectedOrigin);
  if (!resolution.ok)
    return { status: resolution.status, headers: { ...SECURITY_HEADERS }, body: null };
  try {
    const body = await readFile(resolution.filePath);
    return { status: 200, headers: resolution.headers, body: method === 'HEAD' ? null : body };
  } catch {
    return { status: 404, headers: { ...SECURITY_HEADERS }, body: null };
  }
}
