// The one IPC wrapper: every contract method is registered here and nowhere else. Each call is
// checked (sender is the main window's top frame on the app's origin), parsed with the contract's
// zod schema, then handed to ledger.invoke; the answer is always a result envelope, never a throw.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract, methodNames, type MethodName } from '../../src-shared/contract';
import { formatZodError, toErrorInfo, type Result } from '../../src-shared/errors';
import type { Ledger } from '../ledger';
import { invokeChannel } from './channels';
import { isAppUrl } from './url-policy';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  getWindow(): BrowserWindow | null;
  getLedger(): Ledger | null;
  /** electron-vite's dev server URL, trusted as the app origin in development only. */
  devServerUrl?: string;
  /** Observes every successful or failed call (menu state follows startRebuild, restore, ...). */
  onResult?(name: MethodName, result: Result<unknown>): void;
}

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  win: BrowserWindow | null,
  devServerUrl?: string,
): boolean {
  if (!win || win.isDestroyed()) return false;
  const contents = win.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed while the message was in flight.
  if (!frame || frame.parent !== null) return false;
  const top = contents.mainFrame;
  if (frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
  return isAppUrl(frame.url, devServerUrl);
}

export const forbidden = (): Result<never> => ({
  ok: false,
  error: {
    code: 'validation',
    reason: 'forbidden_sender',
    message: 'This call did not come from the ledger window.',
  },
});

export const noLedger = (): Result<never> => ({
  ok: false,
  error: { code: 'io', reason: 'no_ledger', message: 'No ledger file is open.' },
});

/** Handle one call; exported for tests and for menu items that reuse the renderer's path. */
export async function handleCall(
  name: MethodName,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  payload: unknown,
  deps: Omit<IpcDeps, 'ipcMain'>,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.getWindow(), deps.devServerUrl)) return forbidden();
  const parsed = contract[name].input.safeParse(payload);
  if (!parsed.success) {
    return { ok: false, error: { code: 'validation', message: formatZodError(parsed.error) } };
  }
  const ledger = deps.getLedger();
  if (!ledger) return noLedger();
  let result: Result<unknown>;
  try {
    // ledger.invoke parses again (it is the boundary for every adapter): pass the raw payload.
    result = await ledger.invoke(name, payload);
  } catch (error) {
    result = { ok: false, error: toErrorInfo(error) };
  }
  deps.onResult?.(name, result);
  return result;
}

/** Registers `ledger:<method>` for every contract method; returns a function that removes them. */
export function registerLedgerIpc(deps: IpcDeps): () => void {
  for (const name of methodNames) {
    deps.ipcMain.handle(invokeChannel(name), (event, payload: unknown) =>
      handleCall(name, event, payload, deps),
    );
  }
  return () => {
    for (const name of methodNames) deps.ipcMain.removeHandler(invokeChannel(name));
  };
}
