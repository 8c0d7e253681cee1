import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const { focus, setupSingleInstance } = await import('../../src-main/electron/single-instance');

const fakeApp = (locked: boolean) =>
  Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => locked), quit: vi.fn() });

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    const deps = { focusWindow: vi.fn(), openLedgerFile: vi.fn() };
    expect(setupSingleInstance(app as never, deps)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('a second launch focuses the window and opens the ledger file it was given', () => {
    const app = fakeApp(true);
    const deps = { focusWindow: vi.fn(), openLedgerFile: vi.fn() };
    expect(setupSingleInstance(app as never, deps)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['/opt/Ledger/ledger', '--no-sandbox', 'books/2026.sqlite'], '/home/me');
    expect(deps.focusWindow).toHaveBeenCalledTimes(1);
    expect(deps.openLedgerFile).toHaveBeenCalledWith('/home/me/books/2026.sqlite');
  });

  it('a second launch without a file only focuses', () => {
    const app = fakeApp(true);
    const deps = { focusWindow: vi.fn(), openLedgerFile: vi.fn() };
    setupSingleInstance(app as never, deps);
    app.emit('second-instance', {}, ['/opt/Ledger/ledger', '.'], '/home/me');
    expect(deps.focusWindow).toHaveBeenCalledTimes(1);
    expect(deps.openLedgerFile).not.toHaveBeenCalled();
  });

  it('focus restores a minimised window', () => {
    const win = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    focus(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(() => focus(null)).not.toThrow();
  });
});
