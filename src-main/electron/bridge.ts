// Builds the object the preload exposes as window.ledger: one named function per contract method
// and `on` for push messages. Electron-free (ipcRenderer comes in as two functions) so tests can
// check that nothing generic — no invoke(channel), no ipcRenderer — ever reaches the page.
import { methodNames, pushNames, type LedgerApi, type PushName } from '../../src-shared/contract';
import { invokeChannel, pushChannel } from './channels';

export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Subscribe to a channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

export function createLedgerApi(transport: BridgeTransport): LedgerApi {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    const channel = invokeChannel(name);
    // Only the input crosses: the channel is fixed per function, never chosen by the page.
    api[name] = (input: unknown) => transport.invoke(channel, input);
  }
  api.on = (name: PushName, listener: (payload: unknown) => void) => {
    if (!pushNames.includes(name)) throw new Error(`Unknown push message: ${String(name)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return transport.subscribe(pushChannel(name), listener);
  };
  return Object.freeze(api) as unknown as LedgerApi;
}
