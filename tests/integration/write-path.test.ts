// Issue 17, the write path: a command starts from the account state the repository remembers
// from its own last append only while that append is still the stream's last stored event. Two
// connections on one file (another process), a rolled-back unit of work and many accounts must
// all give the answers a full replay gives.
import { describe, expect, it } from 'vitest';
import { commands } from '../../src-main/application/commands';
import { eventIdFor } from '../../src-main/application/event-ids';
import { AccountRepository } from '../../src-main/domain/account-repository';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { tempLedgerPath } from '../support/temp-dir';

let seq = 0;
const cmd = () => `wp-${process.pid}-${++seq}`;

async function openAccount(l: SqliteLedger, owner: string, initial: string): Promise<string> {
  const r = await l.invoke('openAccount', {
    commandId: cmd(),
    owner,
    currency: 'EUR',
    openingBalance: initial,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.accountId;
}

const deposit = (l: SqliteLedger, accountId: string, amount: string) =>
  l.execute('deposit', commands.deposit, { commandId: cmd(), accountId, amount });
const withdraw = (l: SqliteLedger, accountId: string, amount: string) =>
  l.execute('withdraw', commands.withdraw, { commandId: cmd(), accountId, amount });

/** The balance by replaying the whole stream, no snapshot, no remembered state. */
const replayed = (l: SqliteLedger, id: string) =>
  new AccountRepository(l.store, false).load(id).account.balanceMoney.minor;

describe('the write path starts from remembered state only while it is current', () => {
  it('another connection appends between two commands: the next command sees its events', async () => {
    const path = tempLedgerPath();
    const a = openLedger(path);
    const id = await openAccount(a, 'Ann', '10.00');
    deposit(a, id, '5.00'); // a remembers the account at 15.00
    const b = openLedger(path);
    try {
      deposit(b, id, '100.00'); // 115.00, unseen by a's memory
      // Only possible from 115.00: a stale 15.00 would refuse it as insufficient funds.
      withdraw(a, id, '110.00');
      expect(replayed(a, id)).toBe(500);
      expect(a.storage.read.getAccount(id).balance.minor).toBe(500);
      withdraw(b, id, '5.00');
      expect(() => withdraw(a, id, '0.01')).toThrow(/Insufficient funds/);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('a unit of work that rolls back leaves no remembered state behind', async () => {
    const l = openLedger(tempLedgerPath());
    try {
      const id = await openAccount(l, 'Bob', '1.00');
      deposit(l, id, '1.00');
      expect(() =>
        l.executeAll((run) => {
          run('deposit', commands.deposit, { commandId: cmd(), accountId: id, amount: '50.00' });
          throw new Error('abandon the import');
        }),
      ).toThrow('abandon the import');
      // The rolled-back 50.00 must not be spendable.
      expect(() => withdraw(l, id, '3.00')).toThrow(/Insufficient funds/);
      withdraw(l, id, '2.00');
      expect(replayed(l, id)).toBe(0);
    } finally {
      await l.close();
    }
  });

  it('many commands over several accounts (snapshots taken on the way) fold to the replayed balance', async () => {
    const l = openLedger(tempLedgerPath());
    try {
      const ids = [await openAccount(l, 'C0', '0'), await openAccount(l, 'C1', '0')];
      for (let i = 0; i < 90; i++) deposit(l, ids[i % 2]!, `${i}.01`);
      for (let i = 0; i < 10; i++) withdraw(l, ids[i % 2]!, '1.00');
      for (const id of ids) {
        expect(new AccountRepository(l.store, true).load(id).account.balanceMoney.minor).toBe(
          replayed(l, id),
        );
        expect(l.storage.read.getAccount(id).balance.minor).toBe(replayed(l, id));
      }
      expect(replayed(l, ids[0]!)).toBe(
        Array.from({ length: 45 }, (_, k) => 2 * k * 100 + 1).reduce((x, y) => x + y) - 500,
      );
    } finally {
      await l.close();
    }
  });
});

describe('a command finds its events without a command-id index entry for derived ids', () => {
  it("a command's events carry no command_id column, and a repeat of it writes nothing", async () => {
    const l = openLedger(tempLedgerPath());
    try {
      const id = await openAccount(l, 'Dora', '0');
      const input = { commandId: 'dora-dep-1', accountId: id, amount: '7.00' };
      expect(l.execute('deposit', commands.deposit, input).duplicate).toBe(false);
      const indexed = l.storage.db
        .prepare('SELECT count(*) FROM events WHERE command_id IS NOT NULL')
        .pluck()
        .get();
      expect(indexed).toBe(0);
      expect(l.store.findByCommandId('dora-dep-1').map((e) => e.eventId)).toEqual([
        eventIdFor('dora-dep-1', 0),
      ]);
      const again = l.execute('deposit', commands.deposit, input);
      expect(again.duplicate).toBe(true);
      expect(l.store.headPosition()).toBe(2);
      expect(replayed(l, id)).toBe(700);
    } finally {
      await l.close();
    }
  });

  it('derived and other ids mixed in one append, and over two appends: every event is found, in order', async () => {
    const l = openLedger(tempLedgerPath());
    try {
      const acct = await openAccount(l, 'Eve', '0');
      const ev = (eventId: string, minor: number, commandId = 'mix') => ({
        eventId,
        type: 'MoneyDeposited' as const,
        data: { amount: { minor, currency: 'EUR' }, valueDate: '2026-01-15' },
        metadata: { commandId },
      });
      l.store.append(acct, 'Account', 'any', [
        ev(eventIdFor('mix', 0), 1),
        ev('30000000-0000-4000-8000-000000000001', 2),
        ev(eventIdFor('mix', 2), 3),
      ]);
      l.store.append(acct, 'Account', 'any', [ev(eventIdFor('mix', 3), 4)]);
      l.store.append(acct, 'Account', 'any', [ev(eventIdFor('other', 0), 5, 'other')]);
      const found = l.store.findByCommandId('mix');
      expect(found.map((e) => e.data)).toEqual(
        [1, 2, 3, 4].map((minor) => expect.objectContaining({ amount: { minor, currency: 'EUR' } })),
      );
      expect(found.map((e) => e.position)).toEqual([2, 3, 4, 5]);
      expect(l.store.findByCommandId('other')).toHaveLength(1);
      expect(l.store.findByCommandId('nothing')).toEqual([]);
    } finally {
      await l.close();
    }
  });

  it('events written with a command_id column (older ledgers) are still found', async () => {
    const path = tempLedgerPath();
    const l = openLedger(path);
    const id = await openAccount(l, 'Fay', '0');
    deposit(l, id, '1.00');
    // As every row was stored before: the column filled for a derived id too.
    const db = l.storage.db;
    db.exec('DROP TRIGGER events_are_immutable');
    db.prepare("UPDATE events SET command_id = json_extract(metadata, '$.commandId')").run();
    db.exec(
      "CREATE TRIGGER events_are_immutable BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are immutable'); END",
    );
    const commandId = JSON.parse(
      db.prepare('SELECT metadata FROM events WHERE position = 2').pluck().get() as string,
    ).commandId as string;
    expect(l.store.findByCommandId(commandId).map((e) => e.position)).toEqual([2]);
    expect(
      l.execute('deposit', commands.deposit, { commandId, accountId: id, amount: '1.00' }).duplicate,
    ).toBe(true);
    await l.close();
  });
});
