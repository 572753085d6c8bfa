import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeHandlers } from '../../../../electron/services/ipc/handlers';
import { eventChannels, invokeChannels } from '@shared/ipc/channels';
import { invokeContract } from '@shared/ipc/contract';
import { createElectronMock, type ElectronMock } from './electron-mock';
import { tempDir } from '../../../helpers/temp-dirs';

let electron: ElectronMock;

beforeEach(() => {
  // A fresh Electron stand-in and fresh glue modules for every test.
  vi.resetModules();
  electron = createElectronMock();
  vi.doMock('electron', () => electron.mock);
});

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

describe('createMainWindow', () => {
  it('opens one window with the secure webPreferences on the app origin', async () => {
    const { createMainWindow } = await import('../../../../electron/main/window');
    createMainWindow('/app/out/preload/index.js', 'Sales Team Planner', tempDir('stp-win-'));
    const [window] = electron.mock.BrowserWindow.instances;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('reopens where it was closed, and back on screen when that display is gone', async () => {
    const { createMainWindow } = await import('../../../../electron/main/window');
    const dataFolder = tempDir('stp-win-');
    createMainWindow('/p.js', 'T', dataFolder);
    const first = electron.mock.BrowserWindow.instances[0]!;
    const onClose = first.on.mock.calls.find(([event]) => event === 'close')![1] as () => void;
    onClose();
    await vi.waitFor(() =>
      expect(readFileSync(path.join(dataFolder, 'window-state.json'), 'utf8')).toContain('1100'),
    );
    createMainWindow('/p.js', 'T', dataFolder);
    expect(electron.mock.BrowserWindow.instances[1]!.options).toMatchObject({
      x: 100,
      y: 80,
      width: 1100,
      height: 700,
    });

    writeFileSync(
      path.join(dataFolder, 'window-state.json'),
      JSON.stringify({ x: 3000, y: 200, width: 1100, height: 700, maximized: false }),
    );
    createMainWindow('/p.js', 'T', dataFolder);
    expect(electron.mock.BrowserWindow.instances[2]!.options).toMatchObject({
      x: 410,
      y: 170,
      width: 1100,
      height: 700,
    });
  });
});

describe('app protocol', () => {
  it('registers app: as standard and secure, so it gets an origin and IndexedDB', async () => {
    const { registerAppScheme } = await import('../../../../electron/main/protocol');
    registerAppScheme();
    expect(electron.mock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves bundle files with the CSP and refuses traversal and foreign hosts', async () => {
    const root = tempDir('stp-proto-');
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(path.dirname(root), 'outside.js'), 'stolen');
    const { serveRendererBundle } = await import('../../../../electron/main/protocol');
    serveRendererBundle(root);
    const handle = electron.protocolHandler()!;
    const ok = await handle(new Request('app://bundle/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await ok.text()).toBe('<!doctype html>');
    for (const url of [
      'app://bundle/../outside.js',
      'app://other/index.html',
      'app://bundle/..%2foutside.js',
    ]) {
      const refused = await handle(new Request(url));
      expect(refused.status, url).not.toBe(200);
      expect(await refused.text()).not.toBe('stolen');
    }
  });
});

describe('registerIpcHandlers', () => {
  async function register() {
    const { registerIpcHandlers } = await import('../../../../electron/main/ipc');
    const handlers = {
      'app:get-info': vi.fn(() => ({
        version: '1',
        locale: 'de',
        dataFolder: '/d',
        platform: 'linux',
      })),
      'app:set-menu-language': vi.fn(() => null),
    };
    registerIpcHandlers(handlers as unknown as InvokeHandlers);
    return handlers;
  }
  const event = (url: string | null, isMainFrame = true) => ({
    senderFrame: url === null ? null : { url, parent: isMainFrame ? null : {} },
  });

  it('registers every contract channel through the validating wrapper', async () => {
    await register();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.keys(invokeContract).sort());
  });

  it('runs the handler for the app’s main frame', async () => {
    const handlers = await register();
    const result = await (electron.ipcHandlers.get('app:get-info') as Handler)(
      event('app://bundle/index.html'),
    );
    expect(result).toMatchObject({ ok: true, data: { version: '1' } });
    expect(handlers['app:get-info']).toHaveBeenCalledOnce();
  });

  it.each([
    ['a foreign origin', event('https://evil.example/')],
    ['a subframe', event('app://bundle/index.html', false)],
    ['no frame', event(null)],
  ])('refuses %s without running the handler', async (_label, ipcEvent) => {
    const handlers = await register();
    const result = await (electron.ipcHandlers.get('app:get-info') as Handler)(ipcEvent);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('refuses a bad payload without running the handler', async () => {
    const handlers = await register();
    const result = await (electron.ipcHandlers.get('app:set-menu-language') as Handler)(
      event('app://bundle/index.html'),
      { language: 'xx' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers['app:set-menu-language']).not.toHaveBeenCalled();
  });
});

describe('security guards', () => {
  function contents() {
    const listeners = new Map<
      string,
      (event: { preventDefault: () => void }, url?: string) => void
    >();
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    return {
      on: vi.fn(
        (name: string, listener: (event: { preventDefault: () => void }, url?: string) => void) =>
          listeners.set(name, listener),
      ),
      setWindowOpenHandler: vi.fn((handler: typeof openHandler) => (openHandler = handler)),
      fire(name: string, url?: string) {
        const event = { preventDefault: vi.fn() };
        listeners.get(name)?.(event, url);
        return event.preventDefault.mock.calls.length > 0;
      },
      open: (url: string) => openHandler({ url }),
    };
  }

  it('blocks navigation and redirects away from the app, and every webview', async () => {
    const { hardenWebContents } = await import('../../../../electron/main/security');
    const c = contents();
    hardenWebContents(c as never);
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.fire('will-navigate', 'app://bundle.evil/')).toBe(true);
    expect(c.fire('will-navigate', 'app://bundle/index.html#/team')).toBe(false);
    expect(c.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window and opens only the allowed licence pages externally', async () => {
    const { hardenWebContents } = await import('../../../../electron/main/security');
    const c = contents();
    hardenWebContents(c as never);
    for (const url of [
      'https://www.apache.org/licenses/LICENSE-2.0',
      'https://www.example.com/',
      'https://www.apache.org/licenses/LICENSE-2.0/../../evil',
      'https://user@www.apache.org/licenses/LICENSE-2.0',
      'http://www.apache.org/licenses/LICENSE-2.0',
      'javascript:alert(1)',
      'file:///C:/x.exe',
    ]) {
      expect(c.open(url)).toEqual({ action: 'deny' });
    }
    expect(electron.mock.shell.openExternal.mock.calls).toEqual([
      ['https://www.apache.org/licenses/LICENSE-2.0'],
    ]);
  });

  it('denies every permission request and check', async () => {
    const { denyAllPermissions } = await import('../../../../electron/main/security');
    denyAllPermissions();
    const { setPermissionRequestHandler, setPermissionCheckHandler } =
      electron.mock.session.defaultSession;
    const callback = vi.fn();
    (setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void)(
      {},
      'media',
      callback,
    );
    expect(callback).toHaveBeenCalledWith(false);
    expect((setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
  });
});

describe('installMenu', () => {
  it('sets a localised menu whose commands reach the window as validated events', async () => {
    const { installMenu } = await import('../../../../electron/main/menu');
    const window = new electron.mock.BrowserWindow({});
    installMenu('de', {
      getWindow: () => window as never,
      version: '0.1.0',
      dataFolder: '/d',
      platform: 'linux',
    });
    const template = electron.mock.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{
      label: string;
      submenu: Array<{ label?: string; click?: () => void }>;
    }>;
    expect(template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
    template[0]!.submenu[0]!.click!();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', { command: 'new-member' });
    const help = template[3]!.submenu;
    help.find((item) => item.label === 'Datenordner öffnen')!.click!();
    expect(electron.mock.shell.openPath).toHaveBeenCalledWith('/d');
    help.find((item) => item.label === 'Über Sales Team Planner')!.click!();
    expect(electron.mock.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ detail: expect.stringContaining('Datenordner: /d') }),
    );
  });
});

describe('preload', () => {
  it('exposes window.planner with named functions only, never ipcRenderer', async () => {
    await import('../../../../electron/preload/index');
    const [name, api] = electron.mock.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      Record<string, unknown>,
    ];
    expect(name).toBe('planner');
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort(),
    );
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
    await (api.setMenuLanguage as (r: unknown) => Promise<unknown>)({ language: 'en' });
    expect(electron.mock.ipcRenderer.invoke).toHaveBeenCalledWith('app:set-menu-language', {
      language: 'en',
    });
    const listener = vi.fn();
    const off = (api.onMenuCommand as (l: (p: unknown) => void) => () => void)(listener);
    const forward = electron.mock.ipcRenderer.on.mock.calls[0]![1] as (
      e: unknown,
      p: unknown,
    ) => void;
    forward({ sender: 'secret' }, { command: 'new-member' });
    expect(listener).toHaveBeenCalledWith({ command: 'new-member' });
    off();
    expect(electron.mock.ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});

describe('main entry', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.mock.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../../electron/main/index');
    expect(electron.mock.app.quit).toHaveBeenCalled();
    expect(electron.mock.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('registers the scheme before ready, then serves, registers IPC and opens the window', async () => {
    await import('../../../../electron/main/index');
    expect(electron.mock.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.mock.BrowserWindow.instances).toHaveLength(0);
    electron.fireReady();
    await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
    expect(electron.mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...electron.ipcHandlers.keys()]).toContain('app:get-info');
    expect(electron.mock.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.appListeners.has('second-instance')).toBe(true);
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
  });

  it('denies every permission once ready: removing that call fails here', async () => {
    await import('../../../../electron/main/index');
    electron.fireReady();
    await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
    const { setPermissionRequestHandler, setPermissionCheckHandler } =
      electron.mock.session.defaultSession;
    expect(setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    const callback = vi.fn();
    (setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void)(
      {},
      'geolocation',
      callback,
    );
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each([
    [false, true],
    [true, false],
  ])('packaged=%s: test hooks and developer tools honoured=%s', async (packaged, honoured) => {
    electron.mock.app.isPackaged = packaged;
    const e2eDir = tempDir('stp-e2e-files-');
    process.env.STP_DATA_DIR = '/tmp/stp-test-data';
    process.env.STP_E2E_FILE_DIR = e2eDir;
    try {
      electron.mock.app.getPath.mockReturnValue(tempDir('stp-userdata-'));
      await import('../../../../electron/main/index');
      expect(electron.mock.app.setPath.mock.calls.length > 0).toBe(honoured);
      electron.fireReady();
      await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
      const window = electron.mock.BrowserWindow.instances[0]!;
      expect((window.options.webPreferences as { devTools: boolean }).devTools).toBe(honoured);
      // The hook answers save dialogs from its folder; without it the native dialog is asked.
      const save = electron.ipcHandlers.get('csv:save') as Handler;
      const appFrame = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
      const result = (await save(appFrame, { suggestedName: 'x.csv', content: 'a' })) as {
        ok: boolean;
        data?: { saved: boolean };
      };
      expect(result.ok && result.data?.saved).toBe(honoured);
    } finally {
      delete process.env.STP_DATA_DIR;
      delete process.env.STP_E2E_FILE_DIR;
    }
  });

  it('lets the renderer write its last changes before the window closes, but not forever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      electron.mock.app.getPath.mockReturnValue(tempDir('stp-userdata-'));
      await import('../../../../electron/main/index');
      electron.fireReady();
      await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
      const window = electron.mock.BrowserWindow.instances[0]!;
      expect(window.emit('close')).toBe(true);
      expect(window.webContents.send).toHaveBeenCalledWith('app:flush-before-quit', {});
      expect(window.emit('close')).toBe(true);
      expect(window.close).not.toHaveBeenCalled();
      const flushed = electron.ipcHandlers.get('app:flushed') as Handler;
      const appFrame = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
      await expect(flushed(appFrame, {})).resolves.toEqual({ ok: true, data: null });
      expect(window.close).toHaveBeenCalledTimes(1);
      expect(window.emit('close')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands a .stplan file from a second start to the running window', async () => {
    electron.mock.app.getPath.mockReturnValue(tempDir('stp-userdata-'));
    await import('../../../../electron/main/index');
    electron.fireReady();
    await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
    const window = electron.mock.BrowserWindow.instances[0]!;
    const secondInstance = electron.appListeners.get('second-instance')!;
    secondInstance({}, ['/opt/app/sales-team-planner', '--flag', 'Plan 2027.stplan'], '/home/anna');
    expect(window.webContents.send).toHaveBeenCalledWith('workspace:file-waiting', {});
    expect(window.focus).toHaveBeenCalled();
    const take = electron.ipcHandlers.get('workspace:take-opened-file') as Handler;
    const appFrame = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    // The file does not exist here: the error names the path main resolved, proving the hand-over.
    await expect(take(appFrame)).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(path.join('/home/anna', 'Plan 2027.stplan')) },
    });
    await expect(take(appFrame)).resolves.toEqual({ ok: true, data: { file: null } });
  });
});

describe('team sync glue', () => {
  it('starts team sync in the data folder and answers its channels; signed out, nothing syncs', async () => {
    const dataFolder = tempDir('stp-userdata-');
    electron.mock.app.getPath.mockReturnValue(dataFolder);
    await import('../../../../electron/main/index');
    electron.fireReady();
    await vi.waitFor(() => expect(electron.mock.BrowserWindow.instances).toHaveLength(1));
    const appFrame = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
    const status = electron.ipcHandlers.get('team:status') as Handler;
    await expect(status(appFrame)).resolves.toEqual({
      ok: true,
      data: {
        available: true,
        status: expect.objectContaining({ state: { kind: 'signedOut' } }),
        person: null,
      },
    });
    const syncNow = electron.ipcHandlers.get('team:sync-now') as Handler;
    await expect(syncNow(appFrame, {})).resolves.toMatchObject({
      ok: true,
      data: { person: null },
    });
    // Only http(s) servers, without credentials in the address.
    const signIn = electron.ipcHandlers.get('team:sign-in') as Handler;
    for (const url of ['file:///etc/passwd', 'https://lena:pw@team.example', 'javascript:1']) {
      await expect(
        signIn(appFrame, { url, database: 'team', name: 'lena', password: 'x' }),
        url,
      ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    // A reload of the page: what it was handed and did not confirm is handed again.
    const window = electron.mock.BrowserWindow.instances[0]!;
    const reloads = window.webContents.on.mock.calls.map(([event]) => event);
    expect(reloads).toEqual(expect.arrayContaining(['render-process-gone', 'did-start-loading']));
  });
});

describe('openDurableWorkspace', () => {
  it('on quit folds the journal and releases the data folder before quitting for real', async () => {
    const { existsSync } = await import('node:fs');
    const { openDurableWorkspace } = await import('../../../../electron/main/persistence');
    const dataDir = tempDir('stp-quit-');
    const get = await openDurableWorkspace(dataDir);
    await get().append([{ type: 'put', table: 'members', rows: [{ id: 'm1', name: 'Anna' }] }]);
    expect(existsSync(path.join(dataDir, 'folder.lock'))).toBe(true);
    const willQuit = electron.appListeners.get('will-quit')!;
    const event = { preventDefault: vi.fn() };
    willQuit(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.mock.app.quit).toHaveBeenCalledTimes(1));
    expect(existsSync(path.join(dataDir, 'folder.lock'))).toBe(false);
    expect(readFileSync(path.join(dataDir, 'workspace', 'journal.ndjson'), 'utf8')).toBe('');
    // The second will-quit (from that quit) lets the app end.
    const again = { preventDefault: vi.fn() };
    willQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
