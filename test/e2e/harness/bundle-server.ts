import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { readBundleResponse } from '../../../electron/services/shell/bundle-files';

export interface BundleServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves the built renderer on loopback through the same resolver and CSP headers the
 * app:// protocol handler uses, so the browser tests run under the app's real policy.
 */
export async function startBundleServer(
  rendererDir = path.resolve('out/renderer'),
): Promise<BundleServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    void readBundleResponse(
      `${origin}${request.url ?? '/'}`,
      request.method ?? 'GET',
      rendererDir,
      origin,
      (file) => readFile(file),
    ).then((result) => {
      response.writeHead(result.status, result.headers);
      response.end(result.body ?? undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
