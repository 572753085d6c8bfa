import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A recording stand-in for the parts of Electron the glue uses (no binary runs here). */
export function createElectronMock() {
  const ipcHandlers = new Map<string, Listener>();
  const appListeners = new Map<string, Listener>();
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let readyResolve: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));

  class BrowserWindow {
    static instances: BrowserWindow[] = [];
    webContents = { send: vi.fn(), on: vi.fn() };
    isDestroyed = vi.fn(() => false);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isMaximized = vi.fn(() => false);
    maximize = vi.fn();
    getNormalBounds = vi.fn(() => ({ x: 100, y: 80, width: 1100, height: 700 }));
    close = vi.fn();
    /** Runs the listeners of `event` as Electron would; true when one prevented the default. */
    emit(event: string, ...args: unknown[]): boolean {
      let prevented = false;
      const object = { preventDefault: () => (prevented = true) };
      for (const [name, listener] of this.on.mock.calls as Array<[string, Listener]>) {
        if (name === event) listener(object, ...args);
      }
      return prevented;
    }
    constructor(public options: Record<string, unknown>) {
      BrowserWindow.instances.push(this);
    }
  }

  const mock = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
      whenReady: vi.fn(() => ready),
      getVersion: vi.fn(() => '0.1.0'),
      getLocale: vi.fn(() => 'de-DE'),
      getPath: vi.fn(() => '/tmp/stp-user-data'),
      setPath: vi.fn(),
    },
    BrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((_scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandler = handler;
      }),
    },
    // The OS keychain: reversible here, and visibly not the plain text.
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) => Buffer.from(text).reverse()),
      decryptString: vi.fn((data: Buffer) => Buffer.from(data).reverse().toString()),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    screen: {
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
      getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  };
  return {
    mock,
    ipcHandlers,
    appListeners,
    protocolHandler: () => protocolHandler,
    fireReady: () => readyResolve(),
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;
