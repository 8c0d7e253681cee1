import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const { forwardPushes, sendPush } = await import('../../src-main/electron/push');

describe('push forwarding', () => {
  it('forwards ledger pushes to ledger:push:<name> and lets the shell observe them', () => {
    let listener: ((name: string, payload: unknown) => void) | undefined;
    const unsubscribe = vi.fn();
    const ledger = {
      onPush: vi.fn((l: (name: string, payload: unknown) => void) => {
        listener = l;
        return unsubscribe;
      }),
    };
    const contents = new FakeWebContents();
    const observe = vi.fn();
    const stop = forwardPushes(ledger as never, () => contents as never, observe);
    listener!('ledgerChanged', { position: 4 });
    expect(contents.sent).toEqual([['ledger:push:ledgerChanged', { position: 4 }]]);
    expect(observe).toHaveBeenCalledWith('ledgerChanged', { position: 4 });
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('drops messages for a destroyed window or an unknown name', () => {
    const contents = new FakeWebContents();
    sendPush(contents as never, 'nope' as never, {} as never);
    contents.destroyed = true;
    sendPush(contents as never, 'ledgerChanged', { position: 1 });
    sendPush(null, 'ledgerChanged', { position: 1 });
    expect(contents.sent).toEqual([]);
  });
});
