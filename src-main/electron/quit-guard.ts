// Holds Quit while the ledger closes and the on-quit backup (and its verification) is written.
// Every before-quit that arrives meanwhile (a second Cmd+Q, the menu's Quit, a window closing) is
// prevented too, until the close settles or a hard timeout passes; then the app quits for real.
// Electron-free: index.ts passes `app`, so the rule is unit tested with a fake emitter.

export const QUIT_BACKUP_TIMEOUT_MS = 60_000;
export const FINISHING_BACKUP = 'Finishing backup…';

interface QuitEvent {
  preventDefault(): void;
}

export interface QuitApp {
  on(event: 'before-quit', listener: (event: QuitEvent) => void): unknown;
  quit(): void;
}

export interface QuitGuardOptions {
  /** Runs on every before-quit (remember the window bounds, flush settings). */
  beforeEachQuit?: () => void;
  /** Whether there is anything to close (a ledger is open). */
  hasWork: () => boolean;
  /** Closes the ledger with the on-quit backup. */
  close: () => Promise<void>;
  /** Tell the user the app is finishing a backup (called at the first and every repeated Quit). */
  showFinishing: (message: string) => void;
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface QuitGuard {
  /** The pending close, once Quit was asked for. */
  readonly pending: Promise<void> | null;
}

export function installQuitGuard(app: QuitApp, options: QuitGuardOptions): QuitGuard {
  const log = options.log ?? ((m: string, e?: unknown) => console.error(m, e));
  const timeoutMs = options.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS;
  let pending: Promise<void> | null = null;
  let settled = false;

  app.on('before-quit', (event) => {
    options.beforeEachQuit?.();
    if (settled) return; // the close is over: let this quit through
    if (pending) {
      // A second Quit while the backup runs: keep waiting, and say why.
      event.preventDefault();
      options.showFinishing(FINISHING_BACKUP);
      return;
    }
    if (!options.hasWork()) return;
    event.preventDefault();
    options.showFinishing(FINISHING_BACKUP);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log(`The on-quit backup did not finish within ${timeoutMs / 1000} s; quitting anyway`);
        resolve();
      }, timeoutMs);
    });
    const closing = options.close().catch((e: unknown) => log('Closing the ledger at quit failed', e));
    pending = Promise.race([closing, timeout]).finally(() => {
      clearTimeout(timer);
      settled = true;
      app.quit();
    });
  });

  return {
    get pending() {
      return pending;
    },
  };
}
