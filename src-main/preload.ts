// The sandboxed preload: exposes window.ledger (named functions per contract method + `on` for
// pushes) through contextBridge. Built as one CommonJS file that only requires 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createLedgerApi } from './electron/bridge';

const api = createLedgerApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(channel, listener) {
    // Drop the IpcRendererEvent: it carries `sender` (ipcRenderer) and must not reach the page.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('ledger', api);
