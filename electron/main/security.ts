import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from '../services/shell/web-preferences';

/** Locks down every web contents the app ever creates: no navigation, popups or webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links with target=_blank land here; only plain https goes to the system browser.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Camera, notifications, geolocation…: the planner needs none of them. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function installSecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
