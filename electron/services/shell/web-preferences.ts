import { APP_ORIGIN, originOf } from './app-origin';

/**
 * The only webPreferences any window gets. Written out in full so a reviewer (and a test)
 * sees every security switch, not Electron's changing defaults.
 */
export function secureWebPreferences(preloadPath: string) {
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
    devTools: true,
  } as const;
}

/** True only for pages of the app's own origin (compared after parsing, never by prefix). */
export function isAppUrl(value: string): boolean {
  return originOf(value) === APP_ORIGIN;
}

/** External links open in the system browser only when they are plain https URLs. */
export function isSafeExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname !== '';
  } catch {
    return false;
  }
}
