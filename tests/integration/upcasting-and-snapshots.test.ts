import { describe, expect, it } from 'vitest';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { openLedger } from '../../src-main/ledger';
import { SNAPSHOT_EVERY } from '../../src-main/domain/account-repository';
import { ACCOUNT_SNAPSHOT_SCHEMA } from '../../src-main/domain/account';
import { tempLedgerPath } from '../support/temp-dir';

const S = '50000000-0000-4000-8000-000000000001';

describe('schema evolution', () => {
  it("reads the seed's v1 float events as today's integer minor units", async () => {
    const path = tempLedgerPath();
    const { db, store } = openStore(path);
    // Written the way the seed's Python code stored them: floats of major units.
    store.append(S, 'Account', 'no_stream', [
      { type: 'AccountCreated', schemaVersion: 1, data: { owner_name: 'Legacy Ann', initial_balance: 0.1 } },
      { type: 'MoneyDeposited', schemaVersion: 1, data: { amount: 12.3 } },
      { type: 'MoneyDeposited', schemaVersion: 1, data: { amount: 0.2, currency: 'USD' } },
      { type: 'MoneyWithdrawn', schemaVersion: 1, data: { amount: 1.1 } },
    ]);
    const events = store.readStream(S);
    // Upcast through every version: v2 made money exact, v3 added the account's name, type and
    // opening date and each movement's value date (the day it was recorded, in UTC); v4 of the
    // movements added the optional category, payee and tags (none here).
    const day = events[0]!.timestamp.slice(0, 10);
    expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
      [
        3,
        {
          owner: 'Legacy Ann',
          name: 'Legacy Ann',
          type: 'other',
          currency: 'EUR',
          openingBalance: { minor: 10, currency: 'EUR' },
          openingDate: day,
        },
      ],
      [4, { amount: { minor: 1230, currency: 'EUR' }, valueDate: day }],
      [4, { amount: { minor: 20, currency: 'USD' }, valueDate: day }],
      [4, { amount: { minor: 110, currency: 'EUR' }, valueDate: day }],
    ]);
    // The stored rows keep their original shape (and hash): upcasting happens on read only.
    expect(db.prepare('SELECT schema_version, data FROM events WHERE position = 2').get()).toEqual({
      schema_version: 1,
      data: '{"amount":12.3}',
    });
    expect(store.verify().ok).toBe(true);
    db.close();
  });

  it('lets the application fold upcast events: projections and commands agree', async () => {
    const path = tempLedgerPath();
    const { db, store } = openStore(path);
    store.append(S, 'Account', 'no_stream', [
      { type: 'AccountCreated', schemaVersion: 1, data: { owner_name: 'Legacy', initial_balance: 0.1 } },
      { type: 'MoneyDeposited', schemaVersion: 1, data: { amount: 0.2 } },
    ]);
    db.close();
    const l = openLedger(path);
    const acc = await l.invoke('getAccount', { accountId: S });
    expect(acc.ok && acc.value.balance).toEqual({ minor: 30, currency: 'EUR' }); // 0.1 + 0.2, exactly
    const w = await l.invoke('withdraw', { commandId: 'cmd-w-000001', accountId: S, amount: '0.30' });
    expect(w.ok).toBe(true);
    expect((await l.invoke('verifyLedger', {})).ok && l.verify().ok).toBe(true);
    await l.close();
  });
});

describe('snapshots', () => {
  it('are taken for long streams and are only a cache', async () => {
    const path = tempLedgerPath();
    const l = openLedger(path);
    const open = await l.invoke('openAccount', { commandId: 'cmd-open-000', owner: 'Ann', currency: 'EUR' });
    if (!open.ok) throw new Error(open.error.message);
    const id = open.value.accountId;
    const n = SNAPSHOT_EVERY * 2 + 10;
    for (let i = 0; i < n; i++) {
      const r = await l.invoke(i % 3 === 2 ? 'withdraw' : 'deposit', {
        commandId: `cmd-move-${i}`,
        accountId: id,
        amount: '1.00',
      });
      expect(r.ok).toBe(true);
    }
    const snap = l.store.loadSnapshot(id, ACCOUNT_SNAPSHOT_SCHEMA);
    expect(snap?.version).toBeGreaterThanOrEqual(SNAPSHOT_EVERY);

    const withSnapshot = await l.invoke('withdraw', {
      commandId: 'cmd-probe-1',
      accountId: id,
      amount: '10000.00',
    });
    l.store.deleteSnapshots();
    const without = await l.invoke('withdraw', {
      commandId: 'cmd-probe-2',
      accountId: id,
      amount: '10000.00',
    });
    expect(without).toEqual(withSnapshot); // the same refusal, the same balance in it
    expect(!withSnapshot.ok && withSnapshot.error.message).toContain(
      `balance ${(n - 2 * Math.floor(n / 3)).toFixed(2)} EUR`,
    );

    // A snapshot written with another schema version is ignored, even if its state is nonsense.
    l.storage.db
      .prepare('INSERT INTO snapshots (stream_id, version, schema_version, state) VALUES (?, ?, ?, ?)')
      .run(id, n, 999, '{"balance": -5}');
    const ignored = await l.invoke('withdraw', {
      commandId: 'cmd-probe-3',
      accountId: id,
      amount: '10000.00',
    });
    expect(ignored).toEqual(withSnapshot);
    await l.close();
  });
});
