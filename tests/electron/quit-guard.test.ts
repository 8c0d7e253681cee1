// A second Quit while the on-quit backup runs must not let Electron exit: before-quit stays
// prevented until the pending close settles (or a hard timeout passes), and the window says
// "Finishing backup…". Driven through src-main/index.ts with a mocked electron firing before-quit.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINISHING_BACKUP, installQuitGuard } from '../../src-main/electron/quit-guard';
import type { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());
vi.mock('../../src-main/ledger', () => ({ openLedger: vi.fn() }));
vi.mock('../../src-main/electron/backup-module', () => ({ loadBackupHooks: () => ({}) }));

const settle = () => new Promise((r) => setTimeout(r, 20));
const quitEvent = () => ({ preventDefault: vi.fn() });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('quit during the on-quit backup (src-main/index.ts)', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
  });

  it('a second before-quit is prevented until the close settles, then the app quits once', async () => {
    const electron = await import('electron');
    const { openLedger } = await import('../../src-main/ledger');
    const windows = (electron.BrowserWindow as unknown as typeof FakeBrowserWindow).instances;
    windows.length = 0;
    vi.mocked(electron.app.whenReady).mockResolvedValue(undefined);
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    vi.mocked(openLedger).mockReturnValue({
      path: '/tmp/ledger-user-data/ledger.sqlite',
      invoke: vi.fn(),
      onPush: vi.fn(() => () => undefined),
      close,
    } as never);
    await import('../../src-main/index');
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled());
    expect(windows).toHaveLength(1);
    const app = electron.app as unknown as EventEmitter & { quit: ReturnType<typeof vi.fn> };

    const first = quitEvent();
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledWith({ backupOnQuit: true });
    expect(windows[0]!.setTitle).toHaveBeenLastCalledWith(`Ledger — ${FINISHING_BACKUP}`);

    // Cmd+Q again while the backup and its verification run.
    const second = quitEvent();
    app.emit('before-quit', second);
    expect(second.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    await settle();
    expect(app.quit).not.toHaveBeenCalled();

    closing.resolve();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(app.quit).toHaveBeenCalledTimes(1);
    // That quit passes through.
    const third = quitEvent();
    app.emit('before-quit', third);
    expect(third.preventDefault).not.toHaveBeenCalled();
  });
});

describe('installQuitGuard', () => {
  afterEach(() => vi.useRealTimers());

  it('quits after the hard timeout when the close never settles', async () => {
    vi.useFakeTimers();
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    const shown: string[] = [];
    const log = vi.fn();
    installQuitGuard(app, {
      hasWork: () => true,
      close: () => new Promise<void>(() => undefined),
      showFinishing: (m) => shown.push(m),
      timeoutMs: 5000,
      log,
    });
    const a = quitEvent();
    const b = quitEvent();
    app.emit('before-quit', a);
    app.emit('before-quit', b);
    expect(a.preventDefault).toHaveBeenCalled();
    expect(b.preventDefault).toHaveBeenCalled();
    expect(shown).toEqual([FINISHING_BACKUP, FINISHING_BACKUP]);
    await vi.advanceTimersByTimeAsync(4999);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/did not finish/));
  });

  it('a failing close is logged and the app still quits; nothing open means no wait', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    const log = vi.fn();
    installQuitGuard(app, {
      hasWork: () => true,
      close: () => Promise.reject(new Error('disk full')),
      showFinishing: () => undefined,
      log,
    });
    app.emit('before-quit', quitEvent());
    await new Promise((r) => setTimeout(r, 0));
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'disk full' }));

    const idle = Object.assign(new EventEmitter(), { quit: vi.fn() });
    installQuitGuard(idle, { hasWork: () => false, close: vi.fn(), showFinishing: vi.fn() });
    const e = quitEvent();
    idle.emit('before-quit', e);
    expect(e.preventDefault).not.toHaveBeenCalled();
  });
});
