import { APP_ORIGIN, originOf } from './app-origin';

/**
 * The only webPreferences any window gets. Written out in full so a reviewer (and a test)
 * sees every security switch, not Electron's changing defaults.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean } = { devTools: false },
) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    navigateOnDragDrop: false,
    spellcheck: false,
    // Developer tools only in development builds: a packaged app has no console to poke data.
    devTools: options.devTools,
  } as const;
}

/** True only for pages of the app's own origin (compared after parsing, never by prefix). */
export function isAppUrl(value: string): boolean {
  return originOf(value) === APP_ORIGIN;
}

/**
 * The only pages the app opens in the system browser: the licences of what it ships. Anything
 * else (a link in imported data, an injected one) stays closed: no network but the user's own.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = [
  'https://www.apache.org/licenses/LICENSE-2.0',
  'https://www.naturalearthdata.com/about/terms-of-use/',
  'https://opensource.org/license/mit',
];

/** An external link opens only when it is exactly one of the allowed https pages. */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' || url.username || url.password) return false;
    return EXTERNAL_URL_ALLOW_LIST.includes(url.href);
  } catch {
    return false;
  }
}
