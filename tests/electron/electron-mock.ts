// A minimal stand-in for the electron module (the binary cannot load in plain Node). Tests call
// vi.mock('electron', () => electronMock()) and inspect the recorded calls.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  sent: Array<[string, unknown]> = [];
  windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
  mainFrame = { processId: 1, routingId: 1, parent: null, url: 'app://ledger/index.html' };
  isDestroyed = () => this.destroyed;
  send = (channel: string, payload: unknown) => {
    this.sent.push([channel, payload]);
  };
  setWindowOpenHandler = (h: (d: { url: string }) => unknown) => {
    this.windowOpenHandler = h;
  };
  reload = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  restore = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  maximize = vi.fn();
  setTitle = vi.fn();
  setBackgroundColor = vi.fn();
  loadURL = vi.fn(async () => undefined);
  getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
  static getAllWindows = () => FakeBrowserWindow.instances;
}

export function electronMock() {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
    getPath: vi.fn((name?: string) =>
      name === 'appData' ? '/tmp/ledger-app-data' : '/tmp/ledger-user-data',
    ),
    setPath: vi.fn(),
    getAppPath: vi.fn(() => '/tmp/ledger-app'),
    getVersion: vi.fn(() => '0.1.0'),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  const menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => ({ template: t })) };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: menu,
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' }),
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: {
      openExternal: vi.fn(async () => undefined),
      showItemInFolder: vi.fn(),
      openPath: vi.fn(async () => ''),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: null })),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        protocol: { handle: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
  };
}
