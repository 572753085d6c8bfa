import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
} from '../../../../../electron/services/shell/app-origin';
import {
  readBundleResponse,
  resolveBundleRequest,
} from '../../../../../electron/services/shell/bundle-files';
import { tempDir } from '../../../../helpers/temp-dirs';

const root = tempDir('stp-bundle-');
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'solver.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

describe('resolveBundleRequest', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/assets/app.js', 'assets/app.js'],
    ['app://bundle/assets/app.js?v=1#x', 'assets/app.js'],
  ])('serves %s from the bundle', (url, file) => {
    const result = resolveBundleRequest(url, 'GET', root, APP_ORIGIN);
    expect(result).toMatchObject({ ok: true, filePath: path.join(root, file) });
  });

  it.each([
    ['another host', 'app://evil/index.html', 403],
    ['a look-alike host', 'app://bundle.evil/index.html', 403],
    ['credentials in the url', 'app://user:pw@bundle/index.html', 403],
    ['another scheme', 'file:///etc/passwd', 403],
    ['encoded slash', 'app://bundle/assets%2f..%2f..%2fsecret.txt', 403],
    ['a backslash', 'app://bundle/..\\secret.txt', 403],
    ['a NUL byte', 'app://bundle/index.html%00.png', 403],
    ['malformed escapes', 'app://bundle/%E0%A4%A', 403],
    ['an unknown file type', 'app://bundle/secret.exe', 404],
    ['garbage', 'not a url', 403],
  ])('refuses %s', (_label, url, status) => {
    expect(resolveBundleRequest(url, 'GET', root, APP_ORIGIN)).toMatchObject({ ok: false, status });
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
  ])('never resolves %s to a file outside the bundle', (url) => {
    const result = resolveBundleRequest(url, 'GET', root, APP_ORIGIN);
    expect(!result.ok || result.filePath.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses writes', () => {
    expect(resolveBundleRequest('app://bundle/index.html', 'POST', root, APP_ORIGIN)).toMatchObject(
      { ok: false, status: 405 },
    );
  });

  it('sends the CSP with every file: no eval, no inline script, no network origin', () => {
    const result = resolveBundleRequest('app://bundle/index.html', 'GET', root, APP_ORIGIN);
    expect(result.ok && result.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    // WebAssembly may compile (the exact balancer's solver); JavaScript may never be eval'd.
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(
      /unsafe-eval|unsafe-inline|https?:|\*/,
    );
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('readBundleResponse', () => {
  const read = (url: string) =>
    readBundleResponse(url, 'GET', root, APP_ORIGIN, (p) => readFile(p));

  it('returns the file with its type', async () => {
    const response = await read('app://bundle/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toMatch(/javascript/);
    expect(response.body?.toString()).toBe('console.log(1)');
  });

  it('serves WebAssembly as application/wasm (the exact balancer’s solver compiles only so)', async () => {
    const response = await read('app://bundle/assets/solver.wasm');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('application/wasm');
    expect([...response.body!]).toEqual([0, 0x61, 0x73, 0x6d]);
  });

  it('answers 404 for a missing file and 403 for traversal, never the file outside', async () => {
    expect((await read('app://bundle/missing.js')).status).toBe(404);
    const escaped = await read('app://bundle/../secret.txt');
    expect(escaped.body?.toString()).not.toBe('secret');
  });
});
