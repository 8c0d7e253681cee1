// The EventDispatcher: delivery by type and '*', in order; a failing subscriber is reported and
// isolated. At the ledger level: a throwing subscriber does not undo or fail the command.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../src-shared/events';
import { EventDispatcher } from '../../src-main/projections/dispatcher';
import { tempLedger, type TempLedger } from '../support/ledger-fixtures';

const ev = (position: number, eventType: StoredEvent['eventType']): StoredEvent =>
  ({ position, eventType, eventId: `e${position}`, aggregateId: 'a', data: {} }) as unknown as StoredEvent;

describe('EventDispatcher', () => {
  it('delivers by type and to "*", events in order, type subscribers before "*", registration order kept', () => {
    const d = new EventDispatcher();
    const log: string[] = [];
    d.register('MoneyDeposited', (e) => log.push(`dep1:${e.position}`));
    d.register('*', (e) => log.push(`all:${e.position}`));
    d.register('MoneyDeposited', (e) => log.push(`dep2:${e.position}`));
    d.register('AccountCreated', (e) => log.push(`created:${e.position}`));
    d.dispatch([ev(1, 'AccountCreated'), ev(2, 'MoneyDeposited'), ev(3, 'MoneyWithdrawn')]);
    expect(log).toEqual(['created:1', 'all:1', 'dep1:2', 'dep2:2', 'all:2', 'all:3']);
  });

  it('a failing subscriber is reported with its event, and the others still get every event', () => {
    const onError = vi.fn();
    const d = new EventDispatcher(onError);
    const seen: number[] = [];
    const boom = new Error('boom');
    d.register('MoneyDeposited', () => {
      throw boom;
    });
    d.register('MoneyDeposited', (e) => seen.push(e.position));
    d.register('*', (e) => {
      if (e.position === 1) throw 'not an Error';
      seen.push(-e.position);
    });
    const events = [ev(1, 'MoneyDeposited'), ev(2, 'MoneyDeposited')];
    expect(() => d.dispatch(events)).not.toThrow();
    expect(seen).toEqual([1, 2, -2]);
    expect(onError.mock.calls).toEqual([
      [boom, events[0]],
      ['not an Error', events[0]],
      [boom, events[1]],
    ]);
  });

  it('unregister stops delivery; the same handler registered twice is called twice until removed', () => {
    const d = new EventDispatcher();
    const calls: number[] = [];
    const h = (e: StoredEvent) => calls.push(e.position);
    const off1 = d.register('*', h);
    const off2 = d.register('*', h);
    d.dispatch([ev(1, 'AccountClosed')]);
    off1();
    d.dispatch([ev(2, 'AccountClosed')]);
    off2();
    off2(); // idempotent
    d.dispatch([ev(3, 'AccountClosed')]);
    expect(calls).toEqual([1, 1, 2]);
  });

  it('a subscriber that unregisters itself during delivery does not make another one miss the event', () => {
    const d = new EventDispatcher();
    const got: string[] = [];
    const off = d.register('*', () => {
      got.push('once');
      off();
    });
    d.register('*', () => got.push('always'));
    d.dispatch([ev(1, 'AccountClosed'), ev(2, 'AccountClosed')]);
    expect(got).toEqual(['once', 'always', 'always']);
  });
});

describe('dispatcher in the ledger', () => {
  let t: TempLedger | null = null;
  afterEach(async () => {
    await t?.dispose();
    t = null;
  });

  it('a throwing subscriber neither fails nor undoes the command; later subscribers and pushes still run', async () => {
    t = tempLedger();
    const { ledger } = t;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const delivered: string[] = [];
    ledger.dispatcher.register('*', () => {
      throw new Error('subscriber bug');
    });
    ledger.dispatcher.register('*', (e) => delivered.push(e.eventType));
    const pushes: unknown[] = [];
    ledger.onPush((name, payload) => {
      if (name === 'ledgerChanged') pushes.push(payload);
    });
    try {
      const opened = await ledger.invoke('openAccount', {
        commandId: 'open-0001',
        owner: 'Ada',
        currency: 'EUR',
      });
      expect(opened.ok).toBe(true);
      const accountId = opened.ok ? opened.value.accountId : '';
      const dep = await ledger.invoke('deposit', { commandId: 'dep-00001', accountId, amount: '12.50' });
      expect(dep).toEqual({ ok: true, value: { position: 2, duplicate: false } });
      // Stored and projected: the commit stands.
      expect(ledger.store.headPosition()).toBe(2);
      expect(ledger.store.getEvent(ledger.store.readStream(accountId)[1]!.eventId)?.eventType).toBe(
        'MoneyDeposited',
      );
      const acc = await ledger.invoke('getAccount', { accountId });
      expect(acc.ok && acc.value.balance.minor).toBe(1250);
      expect(delivered).toEqual(['AccountCreated', 'MoneyDeposited']);
      expect(pushes).toEqual([{ position: 1 }, { position: 2 }]);
      expect(errors).toHaveBeenCalledTimes(2);
      expect(String(errors.mock.calls[0]![0])).toMatch(/event 1 \(AccountCreated\)/);
      // A retry of the same command is a duplicate: nothing is dispatched again.
      const again = await ledger.invoke('deposit', { commandId: 'dep-00001', accountId, amount: '12.50' });
      expect(again).toEqual({ ok: true, value: { position: 2, duplicate: true } });
      expect(delivered).toHaveLength(2);
    } finally {
      errors.mockRestore();
    }
  });

  it('a transfer is delivered as its two events, in position order, after the commit', async () => {
    t = tempLedger();
    const { ledger } = t;
    const seen: Array<[number, string, number]> = [];
    ledger.dispatcher.register('*', (e) => seen.push([e.position, e.eventType, ledger.store.headPosition()]));
    const a = await ledger.invoke('openAccount', {
      commandId: 'open-a-01',
      owner: 'A',
      currency: 'EUR',
      openingBalance: '10',
    });
    const b = await ledger.invoke('openAccount', { commandId: 'open-b-01', owner: 'B', currency: 'EUR' });
    if (!a.ok || !b.ok) throw new Error('open failed');
    const tr = await ledger.invoke('transfer', {
      commandId: 'transfer-01',
      fromAccountId: a.value.accountId,
      toAccountId: b.value.accountId,
      amount: '4',
    });
    expect(tr.ok).toBe(true);
    // Delivered after the commit: the head already includes both sides when the first arrives.
    expect(seen).toEqual([
      [1, 'AccountCreated', 1],
      [2, 'AccountCreated', 2],
      [3, 'TransferSent', 4],
      [4, 'TransferReceived', 4],
    ]);
  });
});
