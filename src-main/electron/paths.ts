// Where things live: the default ledger file, the Electron-ABI better-sqlite3 binary, the
// rebuild worker, a ledger file named on the command line. Electron-free; index.ts feeds it
// app.getPath()/app.isPackaged so every rule is unit tested.
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export const DEFAULT_LEDGER_FILE = 'ledger.sqlite';
export const LEDGER_EXTENSIONS = ['.sqlite', '.sqlite3', '.db', '.ledger'];
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

export const defaultLedgerPath = (userDataDir: string) => join(userDataDir, DEFAULT_LEDGER_FILE);

export interface NativeBindingInput {
  isPackaged: boolean;
  /** app.getAppPath(): the project folder when unpackaged. */
  appPath: string;
  env: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
}

/**
 * The better-sqlite3 binary to load in Electron. Packaged: undefined (electron-builder's
 * afterPack hook put an Electron-ABI build in app.asar.unpacked), and LEDGER_NATIVE_BINDING is
 * ignored and removed from `env`: a signed, fused app never require()s a .node file an
 * environment variable points at. Unpackaged: LEDGER_NATIVE_BINDING, else the copy
 * scripts/ensure-electron-sqlite.mjs built, because node_modules holds the Node-ABI build that
 * tests and the CLI need. The result reaches connect() and workers explicitly (setNativeBinding,
 * workerData), never through the environment.
 */
export function resolveNativeBinding(input: NativeBindingInput): string | undefined {
  const exists = input.exists ?? existsSync;
  if (input.isPackaged) {
    delete input.env.LEDGER_NATIVE_BINDING;
    return undefined;
  }
  const fromEnv = input.env.LEDGER_NATIVE_BINDING;
  if (fromEnv) return resolve(fromEnv);
  const local = join(input.appPath, NATIVE_DIR, NATIVE_FILE);
  return exists(local) ? local : undefined;
}

export const rebuildWorkerPath = (mainOutDir: string) => join(mainOutDir, 'rebuild-worker.js');
export const preloadPath = (mainOutDir: string) => join(mainOutDir, '..', 'preload', 'preload.cjs');
export const rendererRoot = (mainOutDir: string) => join(mainOutDir, '..', 'renderer');

/**
 * The ledger file named on a command line (first launch or a second instance), resolved against
 * its working directory. Flags, the executable and the app folder (`electron .`) are skipped;
 * only names with a ledger extension count, so stray arguments never become a new ledger file.
 */
export function ledgerPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1).reverse()) {
    if (arg.startsWith('-')) continue;
    if (!LEDGER_EXTENSIONS.includes(extname(arg).toLowerCase())) continue;
    return resolve(cwd, arg);
  }
  return null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Keep remembered bounds only when enough of the window is on a current display (a monitor may
 * have been unplugged); otherwise keep the size and let Electron centre it.
 */
export function fitBounds<B extends { x?: number; y?: number; width: number; height: number }>(
  bounds: B,
  workAreas: readonly Rect[],
): B {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = workAreas.some((a) => {
    const w = Math.min(x + bounds.width, a.x + a.width) - Math.max(x, a.x);
    const h = Math.min(y + bounds.height, a.y + a.height) - Math.max(y, a.y);
    return w >= 100 && h >= 50;
  });
  if (visible) return bounds;
  const largest = workAreas.reduce<Rect | undefined>(
    (best, a) => (!best || a.width * a.height > best.width * best.height ? a : best),
    undefined,
  );
  const width = largest ? Math.min(bounds.width, largest.width) : bounds.width;
  const height = largest ? Math.min(bounds.height, largest.height) : bounds.height;
  return { ...bounds, x: undefined, y: undefined, width, height };
}

/** The folder an unpackaged (development) run keeps its userData in, beside the installed app's. */
export const DEV_USER_DATA_FOLDER = 'Ledger-dev';

/**
 * Where an unpackaged run keeps userData: its own folder, so `npm start` never takes the
 * installed app's single-instance lock, settings or default ledger. Null when packaged, or when
 * the command line names a folder (`--user-data-dir=…`, as the end-to-end tests do).
 */
export function devUserDataPath(input: {
  isPackaged: boolean;
  appDataDir: string;
  argv: readonly string[];
}): string | null {
  if (input.isPackaged) return null;
  if (input.argv.some((a) => a === '--user-data-dir' || a.startsWith('--user-data-dir='))) return null;
  return join(input.appDataDir, DEV_USER_DATA_FOLDER);
}

/**
 * The window icon: shipped as an extra resource (resources/icon.png) in a package, build/icon.png
 * of the project when unpackaged. Undefined when the file is not there (the platform default).
 */
export function windowIconPath(input: {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  mainOutDir: string;
  exists?: (p: string) => boolean;
}): string | undefined {
  const exists = input.exists ?? existsSync;
  const icon = input.isPackaged
    ? join(input.resourcesPath, 'icon.png')
    : join(input.mainOutDir, '..', '..', 'build', 'icon.png');
  return exists(icon) ? icon : undefined;
}
