import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../src-shared/contract';
import { FakeBrowserWindow } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const { registerLedgerIpc, isTrustedSender } = await import('../../src-main/electron/ipc');

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
const ACCOUNT = '3f1c2a9e-8b7d-4c6e-9a5f-1b2c3d4e5f60';

function setup(devServerUrl?: string) {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, h: Handler) => handlers.set(channel, h)),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const win = new FakeBrowserWindow({});
  const ledger = {
    path: '/tmp/l.sqlite',
    invoke: vi.fn(async (_name: string, _raw: unknown) => ({
      ok: true,
      value: { position: 3, duplicate: false },
    })),
    onPush: vi.fn(() => () => undefined),
    close: vi.fn(),
  };
  const onResult = vi.fn();
  const unregister = registerLedgerIpc({
    ipcMain: ipcMain as never,
    getWindow: () => win as never,
    getLedger: () => ledger as never,
    onResult,
    ...(devServerUrl ? { devServerUrl } : {}),
  });
  const event = (over: Record<string, unknown> = {}) => ({
    sender: win.webContents,
    senderFrame: { ...win.webContents.mainFrame },
    ...over,
  });
  const call = (name: string, ev: unknown, payload: unknown) => handlers.get(`ledger:${name}`)!(ev, payload);
  return { handlers, ipcMain, win, ledger, onResult, unregister, event, call };
}

describe('the IPC wrapper', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('registers exactly one handler per contract method, and removes them', () => {
    expect([...t.handlers.keys()].sort()).toEqual(methodNames.map((n) => `ledger:${n}`).sort());
    t.unregister();
    expect(t.handlers.size).toBe(0);
  });

  it('passes a good payload from the app window to ledger.invoke and returns its envelope', async () => {
    const payload = { commandId: 'cmd-12345678', accountId: ACCOUNT, amount: '100.00' };
    const result = await t.call('deposit', t.event(), payload);
    expect(t.ledger.invoke).toHaveBeenCalledWith('deposit', payload);
    expect(result).toEqual({ ok: true, value: { position: 3, duplicate: false } });
    expect(t.onResult).toHaveBeenCalledWith('deposit', result);
  });

  it('rejects a malformed payload with a validation envelope without calling the ledger', async () => {
    for (const payload of [undefined, null, 'x', { accountId: 'nope', amount: 5 }, { commandId: 'short' }]) {
      const result = (await t.call('deposit', t.event(), payload)) as {
        ok: boolean;
        error: { code: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('validation');
    }
    expect(t.ledger.invoke).not.toHaveBeenCalled();
  });

  it('rejects a foreign sender without running the handler', async () => {
    const payload = {};
    const foreign = [
      // another webContents
      t.event({ sender: {} }),
      // a subframe of the window
      t.event({ senderFrame: { processId: 1, routingId: 9, parent: {}, url: 'app://ledger/' } }),
      // the top frame, but navigated to another origin
      t.event({ senderFrame: { processId: 1, routingId: 1, parent: null, url: 'https://evil.example/' } }),
      // a frame from another renderer process
      t.event({ senderFrame: { processId: 2, routingId: 1, parent: null, url: 'app://ledger/' } }),
      // frame gone while the message was in flight
      t.event({ senderFrame: null }),
      // the dev server is not trusted outside development
      t.event({ senderFrame: { processId: 1, routingId: 1, parent: null, url: 'http://localhost:5173/' } }),
    ];
    for (const ev of foreign) {
      const result = (await t.call('listAccounts', ev, payload)) as {
        ok: boolean;
        error: { code: string; reason: string };
      };
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', reason: 'forbidden_sender' } });
    }
    expect(t.ledger.invoke).not.toHaveBeenCalled();
  });

  it('rejects calls once the window is destroyed', async () => {
    t.win.destroyed = true;
    const result = await t.call('listAccounts', t.event(), {});
    expect(result).toMatchObject({ ok: false, error: { reason: 'forbidden_sender' } });
  });

  it('trusts the dev server origin in development', async () => {
    const dev = setup('http://localhost:5173');
    const ev = dev.event({
      senderFrame: { processId: 1, routingId: 1, parent: null, url: 'http://localhost:5173/' },
    });
    expect(await dev.call('listAccounts', ev, {})).toMatchObject({ ok: true });
  });

  it('turns a throwing ledger into an internal error envelope', async () => {
    t.ledger.invoke.mockRejectedValueOnce(new Error('boom'));
    expect(await t.call('listAccounts', t.event(), {})).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('answers io/no_ledger when no ledger is open', async () => {
    const handlers = new Map<string, Handler>();
    const win = new FakeBrowserWindow({});
    registerLedgerIpc({
      ipcMain: { handle: (c: string, h: Handler) => handlers.set(c, h), removeHandler: vi.fn() } as never,
      getWindow: () => win as never,
      getLedger: () => null,
    });
    const ev = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    expect(await handlers.get('ledger:listAccounts')!(ev, {})).toMatchObject({
      ok: false,
      error: { code: 'io', reason: 'no_ledger' },
    });
  });

  it('isTrustedSender needs a window', () => {
    expect(isTrustedSender({ sender: {}, senderFrame: null } as never, null)).toBe(false);
  });
});
