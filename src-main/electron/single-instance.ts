// Single instance: the first launch owns the lock; a second launch hands its argv over and quits.
import type { App } from 'electron';
import { ledgerPathFromArgv } from './paths';

export interface SingleInstanceDeps {
  /** Restore, show and focus the main window (if any). */
  focusWindow(): void;
  /** Open a ledger file named on the second instance's command line. */
  openLedgerFile(path: string): void;
}

/**
 * Returns false when another instance holds the lock; that instance gets our argv via its
 * 'second-instance' event, and this process quits.
 */
export function setupSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  deps: SingleInstanceDeps,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    deps.focusWindow();
    const file = ledgerPathFromArgv(argv, workingDirectory);
    if (file) deps.openLedgerFile(file);
  });
  return true;
}

export function focus(
  win: {
    isDestroyed(): boolean;
    isMinimized(): boolean;
    restore(): void;
    show(): void;
    focus(): void;
  } | null,
): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
