// The entry point's wiring: scheme registered before ready, single-instance lock honoured.
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
});
