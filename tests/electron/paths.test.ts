import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultLedgerPath,
  devUserDataPath,
  fitBounds,
  ledgerPathFromArgv,
  preloadPath,
  rebuildWorkerPath,
  rendererRoot,
  resolveNativeBinding,
  windowIconPath,
} from '../../src-main/electron/paths';

describe('paths', () => {
  it('puts the default ledger in userData and finds the built siblings of out/main', () => {
    expect(defaultLedgerPath('/u')).toBe(join('/u', 'ledger.sqlite'));
    expect(rebuildWorkerPath('/app/out/main')).toBe(join('/app/out/main', 'rebuild-worker.js'));
    expect(preloadPath('/app/out/main')).toBe(join('/app/out/preload/preload.cjs'));
    expect(rendererRoot('/app/out/main')).toBe(join('/app/out/renderer'));
  });

  it('resolves the Electron-ABI better-sqlite3 only when unpackaged (LEDGER_NATIVE_BINDING first)', () => {
    const yes = () => true;
    const no = () => false;
    expect(resolveNativeBinding({ isPackaged: true, appPath: '/a', env: {}, exists: yes })).toBeUndefined();
    expect(resolveNativeBinding({ isPackaged: false, appPath: '/a', env: {}, exists: yes })).toBe(
      join('/a', '.electron-native', 'better_sqlite3.node'),
    );
    expect(resolveNativeBinding({ isPackaged: false, appPath: '/a', env: {}, exists: no })).toBeUndefined();
    expect(
      resolveNativeBinding({
        isPackaged: false,
        appPath: '/a',
        env: { LEDGER_NATIVE_BINDING: 'x.node' },
        exists: yes,
      }),
    ).toBe(resolve('x.node'));
  });

  it('packaged: ignores LEDGER_NATIVE_BINDING and deletes it from the environment', () => {
    const env: Record<string, string | undefined> = { LEDGER_NATIVE_BINDING: '/tmp/evil.node', HOME: '/h' };
    expect(
      resolveNativeBinding({ isPackaged: true, appPath: '/a', env, exists: () => true }),
    ).toBeUndefined();
    expect('LEDGER_NATIVE_BINDING' in env).toBe(false);
    expect(env.HOME).toBe('/h');
  });

  it('an unpackaged run keeps its own userData folder unless the command line names one', () => {
    expect(devUserDataPath({ isPackaged: false, appDataDir: '/cfg', argv: ['electron', '.'] })).toBe(
      join('/cfg', 'Ledger-dev'),
    );
    expect(devUserDataPath({ isPackaged: true, appDataDir: '/cfg', argv: ['ledger'] })).toBeNull();
    expect(
      devUserDataPath({
        isPackaged: false,
        appDataDir: '/cfg',
        argv: ['electron', '.', '--user-data-dir=/t'],
      }),
    ).toBeNull();
  });

  it('finds the window icon in resources when packaged and in build/ when not', () => {
    const seen: string[] = [];
    const exists = (p: string) => (seen.push(p), true);
    expect(
      windowIconPath({ isPackaged: true, resourcesPath: '/opt/Ledger/resources', mainOutDir: '/x', exists }),
    ).toBe(join('/opt/Ledger/resources', 'icon.png'));
    expect(
      windowIconPath({ isPackaged: false, resourcesPath: '', mainOutDir: '/repo/out/main', exists }),
    ).toBe(join('/repo', 'build', 'icon.png'));
    expect(
      windowIconPath({ isPackaged: true, resourcesPath: '/r', mainOutDir: '/x', exists: () => false }),
    ).toBeUndefined();
  });

  it('takes a ledger file from argv, skipping flags, the executable and the app folder', () => {
    expect(ledgerPathFromArgv(['/opt/ledger', '--flag', 'a/b.sqlite'], '/home')).toBe('/home/a/b.sqlite');
    expect(ledgerPathFromArgv(['/opt/ledger', '/abs/Book.LEDGER'], '/home')).toBe('/abs/Book.LEDGER');
    expect(ledgerPathFromArgv(['electron', '.', '--inspect=9229'], '/repo')).toBeNull();
    expect(ledgerPathFromArgv(['electron', 'notes.txt'], '/repo')).toBeNull();
    expect(ledgerPathFromArgv(['/opt/ledger.sqlite'], '/')).toBeNull();
  });

  it('keeps bounds that are on a display and recentres ones that are not', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    const onScreen = { x: 100, y: 100, width: 800, height: 600, maximized: false };
    expect(fitBounds(onScreen, screen)).toEqual(onScreen);
    const offScreen = { x: 5000, y: 100, width: 3000, height: 600, maximized: false };
    expect(fitBounds(offScreen, screen)).toEqual({
      x: undefined,
      y: undefined,
      width: 1920,
      height: 600,
      maximized: false,
    });
    const noPosition = { width: 800, height: 600 };
    expect(fitBounds(noPosition, screen)).toBe(noPosition);
  });
});
