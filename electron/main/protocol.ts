import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../services/shell/app-origin';
import { readBundleResponse } from '../services/shell/bundle-files';

/** Must run before `app.ready`: a standard, secure scheme gets a real origin and IndexedDB. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the renderer bundle at app://bundle/ with the CSP headers; refuses everything else. */
export function serveRendererBundle(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await readBundleResponse(
      request.url,
      request.method,
      rendererDir,
      APP_ORIGIN,
      (filePath) => readFile(filePath),
    );
    return new Response(response.body ? new Uint8Array(response.body) : null, {
      status: response.status,
      headers: response.headers,
    });
  });
}

export const rendererEntryUrl = `${APP_SCHEME}://${APP_HOST}/index.html`;
