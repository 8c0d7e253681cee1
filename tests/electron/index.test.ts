// The entry point's wiring: scheme registered before ready, single-instance lock honoured.
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());
vi.mock('../../src-main/ledger', () => ({ openLedger: vi.fn() }));
vi.mock('../../src-main/electron/backup-module', () => ({ loadBackupHooks: () => ({}) }));

describe('src-main/index.ts', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
  });

  it('registers app:// as privileged, takes the lock and waits for ready', async () => {
    const electron = await import('electron');
    await import('../../src-main/index');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect((electron.app as unknown as NodeJS.EventEmitter).listenerCount('web-contents-created')).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await import('electron');
    vi.mocked(electron.app.requestSingleInstanceLock).mockReturnValue(false);
    await import('../../src-main/index');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('unpackaged: its own userData folder (Ledger-dev), set before the single-instance lock', async () => {
    const electron = await import('electron');
    await import('../../src-main/index');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join('/tmp/ledger-app-data', 'Ledger-dev'));
    const setPathOrder = vi.mocked(electron.app.setPath).mock.invocationCallOrder[0]!;
    const lockOrder = vi.mocked(electron.app.requestSingleInstanceLock).mock.invocationCallOrder[0]!;
    expect(setPathOrder).toBeLessThan(lockOrder);
  });

  it('packaged: LEDGER_NATIVE_BINDING is ignored and removed from the environment at startup', async () => {
    const electron = await import('electron');
    const store = await import('../../src-main/eventstore/sqlite/open-database');
    (electron.app as { isPackaged: boolean }).isPackaged = true;
    process.env.LEDGER_NATIVE_BINDING = '/tmp/not-a-module.node';
    try {
      await import('../../src-main/index');
      expect(process.env.LEDGER_NATIVE_BINDING).toBeUndefined();
      expect(store.threadNativeBinding()).toBeUndefined();
      expect(electron.app.setPath).not.toHaveBeenCalled();
    } finally {
      delete process.env.LEDGER_NATIVE_BINDING;
      (electron.app as { isPackaged: boolean }).isPackaged = false;
    }
  });

  it('unpackaged: LEDGER_NATIVE_BINDING names the binding of the main thread explicitly', async () => {
    await import('electron');
    const store = await import('../../src-main/eventstore/sqlite/open-database');
    process.env.LEDGER_NATIVE_BINDING = '/tmp/electron-abi.node';
    try {
      await import('../../src-main/index');
      expect(store.threadNativeBinding()).toBe('/tmp/electron-abi.node');
    } finally {
      delete process.env.LEDGER_NATIVE_BINDING;
      store.setNativeBinding(undefined);
    }
  });
});
