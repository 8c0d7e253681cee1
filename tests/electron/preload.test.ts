import { describe, expect, it, vi } from 'vitest';
import { methodNames, pushNames } from '../../src-shared/contract';
import { createLedgerApi } from '../../src-main/electron/bridge';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

describe('bridge API', () => {
  const transport = () => ({
    invoke: vi.fn(async (_c: string, _p: unknown) => ({ ok: true, value: 1 })),
    subscribe: vi.fn((_c: string, _l: (p: unknown) => void) => vi.fn()),
  });

  it('has one named function per contract method plus on, and nothing generic', () => {
    const api = createLedgerApi(transport()) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on'].sort());
    for (const key of ['invoke', 'send', 'ipcRenderer', 'sendSync', 'postMessage'])
      expect(api[key]).toBeUndefined();
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('each function invokes its own fixed channel with only the input', async () => {
    const t = transport();
    const api = createLedgerApi(t);
    await api.listAccounts({});
    await api.deposit({ commandId: 'c-12345678', accountId: 'x', amount: '1' });
    expect(t.invoke.mock.calls).toEqual([
      ['ledger:listAccounts', {}],
      ['ledger:deposit', { commandId: 'c-12345678', accountId: 'x', amount: '1' }],
    ]);
  });

  it('on subscribes to push names only and returns the unsubscribe', () => {
    const t = transport();
    const api = createLedgerApi(t);
    for (const name of pushNames) {
      const off = api.on(name, () => undefined);
      expect(typeof off).toBe('function');
    }
    expect(t.subscribe.mock.calls.map((c) => c[0])).toEqual(pushNames.map((n) => `ledger:push:${n}`));
    expect(() => api.on('deposit' as never, () => undefined)).toThrow(/Unknown push/);
    expect(() => api.on('ledgerChanged', 'x' as never)).toThrow(TypeError);
  });
});

describe('preload', () => {
  it('exposes window.ledger through contextBridge and strips the IPC event from pushes', async () => {
    const electron = await import('electron');
    await import('../../src-main/preload');
    const expose = vi.mocked(electron.contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, api] = expose.mock.calls[0]! as [string, Record<string, (...a: unknown[]) => unknown>];
    expect(key).toBe('ledger');
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on'].sort());

    await api.listAccounts!({});
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('ledger:listAccounts', {});

    const listener = vi.fn();
    const off = api.on!('ledgerChanged', listener) as () => void;
    const on = vi.mocked(electron.ipcRenderer.on);
    const [channel, wrapped] = on.mock.calls[0]! as unknown as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe('ledger:push:ledgerChanged');
    wrapped({ sender: 'ipcRenderer' }, { position: 2 });
    expect(listener).toHaveBeenCalledWith({ position: 2 });
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('ledger:push:ledgerChanged', wrapped);
  });
});
