// The application layer end to end on a real file: one command, one transaction; refusals write
// nothing; a command id applies once; conflicts are retried a bounded number of times.
import { describe, expect, it, vi } from 'vitest';
import { LedgerError } from '../../src-shared/errors';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { tempLedgerPath } from '../support/temp-dir';

async function ok<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function withLedger(fn: (l: SqliteLedger) => Promise<void>): Promise<void> {
  const l = openLedger(tempLedgerPath());
  try {
    await fn(l);
  } finally {
    await l.close();
  }
}

const openAccount = (l: SqliteLedger, owner: string, initial = '0', currency = 'EUR') =>
  ok(
    l.invoke('openAccount', {
      commandId: `open-${owner}-${Math.random()}`,
      owner,
      currency,
      openingBalance: initial,
    }),
  );

describe('commands', () => {
  it('open, deposit 100.00, withdraw 30.00: 70.00 and three events', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, 'Ann');
      await ok(l.invoke('deposit', { commandId: 'cmd-dep-0001', accountId, amount: '100.00' }));
      await ok(l.invoke('withdraw', { commandId: 'cmd-wd-00001', accountId, amount: '30.00' }));
      expect((await ok(l.invoke('getAccount', { accountId }))).balance).toEqual({
        minor: 7000,
        currency: 'EUR',
      });
      const page = await ok(l.invoke('timeline', { accountId }));
      expect(page.items.map((e) => e.eventType)).toEqual([
        'MoneyWithdrawn',
        'MoneyDeposited',
        'AccountCreated',
      ]);
    });
  });

  it('refusals are typed, clear, and write nothing', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, 'Ann', '12.00');
      const before = l.store.count();
      const cases: Array<[string, unknown, string, string]> = [
        [
          'withdraw',
          { commandId: 'cmd-x-000001', accountId, amount: '30.00' },
          'domain',
          'Insufficient funds: balance 12.00 EUR, withdrawal 30.00 EUR',
        ],
        ['deposit', { commandId: 'cmd-x-000002', accountId, amount: '-5' }, 'validation', 'amount'],
        [
          'deposit',
          { commandId: 'cmd-x-000003', accountId, amount: '0.00' },
          'validation',
          'greater than zero',
        ],
        [
          'deposit',
          { commandId: 'cmd-x-000004', accountId, amount: '1.234' },
          'validation',
          'at most 2 decimal places',
        ],
        ['deposit', { commandId: 'cmd-x-000005', accountId, amount: '1e5' }, 'validation', 'amount'],
        ['deposit', { commandId: 'cmd-x-000006', accountId, amount: 5 }, 'validation', 'amount'],
        [
          'deposit',
          { commandId: 'cmd-x-000007', accountId: 'not-a-uuid', amount: '5' },
          'validation',
          'accountId',
        ],
        [
          'deposit',
          { commandId: 'cmd-x-000008', accountId: '60000000-0000-4000-8000-000000000009', amount: '5' },
          'not_found',
          'No account',
        ],
        [
          'openAccount',
          { commandId: 'cmd-x-000009', owner: '   ', currency: 'EUR' },
          'validation',
          'Owner name is required',
        ],
        [
          'openAccount',
          { commandId: 'cmd-x-000010', owner: 'x'.repeat(201), currency: 'EUR' },
          'validation',
          'at most 200',
        ],
        [
          'openAccount',
          { commandId: 'cmd-x-000011', owner: 'Bob', currency: 'XXQ' },
          'validation',
          'currency',
        ],
        ['closeAccount', { commandId: 'cmd-x-000012', accountId }, 'domain', 'zero balance'],
        [
          'transfer',
          { commandId: 'cmd-x-000013', fromAccountId: accountId, toAccountId: accountId, amount: '1' },
          'domain',
          'to itself',
        ],
        [
          'correctMovement',
          { commandId: 'cmd-x-000014', eventId: '60000000-0000-4000-8000-000000000001', reason: 'x' },
          'not_found',
          'No event',
        ],
        ['noSuchMethod' as never, {}, 'validation', 'Unknown method'],
      ];
      for (const [name, input, code, text] of cases) {
        const r = await l.invoke(name as 'deposit', input);
        expect(r.ok, `${name} ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe(code);
          expect(r.error.message.toLowerCase()).toContain(text.toLowerCase());
        }
      }
      expect(l.store.count()).toBe(before);
      expect((await ok(l.invoke('getAccount', { accountId }))).balance.minor).toBe(1200);
    });
  });

  it('names any Unicode owner, trimmed', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, '  Łukasz 李 🦊  ');
      expect((await ok(l.invoke('getAccount', { accountId }))).owner).toBe('Łukasz 李 🦊');
    });
  });

  it('applies a command id once and returns the same result again', async () => {
    await withLedger(async (l) => {
      const first = await ok(
        l.invoke('openAccount', { commandId: 'cmd-open-dup', owner: 'Ann', currency: 'EUR' }),
      );
      const again = await ok(
        l.invoke('openAccount', { commandId: 'cmd-open-dup', owner: 'Ann', currency: 'EUR' }),
      );
      expect(again).toEqual({ ...first, duplicate: true });
      const b = await openAccount(l, 'Bob', '50.00');
      await ok(l.invoke('deposit', { commandId: 'cmd-dep-dup', accountId: first.accountId, amount: '5' }));
      await ok(l.invoke('deposit', { commandId: 'cmd-dep-dup', accountId: first.accountId, amount: '5' }));
      const t1 = await ok(
        l.invoke('transfer', {
          commandId: 'cmd-tr-dup',
          fromAccountId: b.accountId,
          toAccountId: first.accountId,
          amount: '10',
        }),
      );
      const t2 = await ok(
        l.invoke('transfer', {
          commandId: 'cmd-tr-dup',
          fromAccountId: b.accountId,
          toAccountId: first.accountId,
          amount: '10',
        }),
      );
      expect(t2).toEqual({ ...t1, duplicate: true });
      expect((await ok(l.invoke('getAccount', { accountId: first.accountId }))).balance.minor).toBe(1500);
      expect(l.store.count()).toBe(5);
    });
  });

  it('retries a concurrency conflict, then gives up with a conflict error and nothing written', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, 'Ann');
      const real = l.store.appendMany.bind(l.store);
      const conflict = () =>
        new LedgerError('conflict', 'Stream changed meanwhile', 'wrong_expected_version', {
          expected: 1,
          actual: 2,
        });
      const spy = vi.spyOn(l.store, 'appendMany').mockImplementationOnce(() => {
        throw conflict();
      });
      spy.mockImplementation(real);
      await ok(l.invoke('deposit', { commandId: 'cmd-retry-01', accountId, amount: '1' }));
      expect(spy).toHaveBeenCalledTimes(2);

      spy.mockReset();
      spy.mockImplementation(() => {
        throw conflict();
      });
      const r = await l.invoke('deposit', { commandId: 'cmd-retry-02', accountId, amount: '1' });
      expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(spy).toHaveBeenCalledTimes(3);
      spy.mockRestore();
      expect(l.store.count()).toBe(2);
    });
  });

  it('rolls back the append when an inline projection fails: no half-written state', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, 'Ann', '10');
      l.storage.db.exec('ALTER TABLE monthly_totals RENAME TO monthly_totals_gone');
      const r = await l.invoke('deposit', { commandId: 'cmd-broken-1', accountId, amount: '1' });
      expect(r.ok).toBe(false);
      expect(l.store.count()).toBe(1);
      expect((await ok(l.invoke('getAccount', { accountId }))).balance.minor).toBe(1000);
      l.storage.db.exec('ALTER TABLE monthly_totals_gone RENAME TO monthly_totals');
      await ok(l.invoke('deposit', { commandId: 'cmd-broken-1', accountId, amount: '1' }));
      expect(l.verify().ok).toBe(true);
    });
  });

  it('transfers atomically between two accounts, and corrections reference the original', async () => {
    await withLedger(async (l) => {
      const a = await openAccount(l, 'Ann', '100');
      const b = await openAccount(l, 'Bob');
      const usd = await openAccount(l, 'Carl', '5', 'USD');
      const t = await ok(
        l.invoke('transfer', {
          commandId: 'cmd-tr-0001',
          fromAccountId: a.accountId,
          toAccountId: b.accountId,
          amount: '40',
          description: 'rent',
        }),
      );
      const sides = (await ok(l.invoke('timeline', { eventTypes: ['TransferSent', 'TransferReceived'] })))
        .items;
      expect(sides.map((s) => [s.eventType, s.transferId, s.counterpartyAccountId])).toEqual([
        ['TransferReceived', t.transferId, a.accountId],
        ['TransferSent', t.transferId, b.accountId],
      ]);
      const x = await l.invoke('transfer', {
        commandId: 'cmd-tr-0002',
        fromAccountId: a.accountId,
        toAccountId: usd.accountId,
        amount: '1',
      });
      expect(x).toMatchObject({ ok: false, error: { code: 'domain', reason: 'currency_mismatch' } });

      await ok(l.invoke('deposit', { commandId: 'cmd-dep-0009', accountId: b.accountId, amount: '7.50' }));
      const dep = (await ok(l.invoke('timeline', { accountId: b.accountId, eventTypes: ['MoneyDeposited'] })))
        .items[0]!;
      await ok(
        l.invoke('correctMovement', {
          commandId: 'cmd-cor-0001',
          eventId: dep.eventId,
          reason: 'wrong account',
        }),
      );
      const again = await l.invoke('correctMovement', {
        commandId: 'cmd-cor-0002',
        eventId: dep.eventId,
        reason: 'again',
      });
      expect(again).toMatchObject({ ok: false, error: { reason: 'already_corrected' } });
      const original = await ok(l.invoke('getEvent', { eventId: dep.eventId }));
      expect(original.eventType).toBe('MoneyDeposited');
      const rows = (await ok(l.invoke('timeline', { accountId: b.accountId }))).items;
      expect(rows[0]).toMatchObject({
        eventType: 'MovementCorrected',
        correctsEventId: dep.eventId,
        delta: -750,
      });
      expect(rows.find((r) => r.eventId === dep.eventId)?.correctedByEventId).toBe(rows[0]!.eventId);

      await ok(
        l.invoke('changeOwner', { commandId: 'cmd-ren-0001', accountId: b.accountId, owner: 'Robert' }),
      );
      await ok(
        l.invoke('transfer', {
          commandId: 'cmd-tr-0003',
          fromAccountId: b.accountId,
          toAccountId: a.accountId,
          amount: '40',
        }),
      );
      await ok(l.invoke('closeAccount', { commandId: 'cmd-close-01', accountId: b.accountId }));
      const closed = await ok(l.invoke('getAccount', { accountId: b.accountId }));
      expect(closed).toMatchObject({ owner: 'Robert', status: 'closed', balance: { minor: 0 } });
      const refused = await l.invoke('deposit', {
        commandId: 'cmd-dep-0010',
        accountId: b.accountId,
        amount: '1',
      });
      expect(refused).toMatchObject({ ok: false, error: { reason: 'account_closed' } });
    });
  });

  it('verifies off the main thread through the contract, and remembers the result', async () => {
    await withLedger(async (l) => {
      const { accountId } = await openAccount(l, 'Ann', '10');
      const good = await ok(l.invoke('verifyLedger', {}));
      expect(good).toMatchObject({ ok: true, chain: { ok: true, checked: 1 }, projections: { ok: true } });
      l.storage.db.prepare('UPDATE balances SET balance_minor = 1 WHERE account_id = ?').run(accountId);
      const bad = await ok(l.invoke('verifyLedger', {}));
      expect(bad.ok).toBe(false);
      expect(bad.projections.differences.map((d) => d.projection)).toEqual(['balances']);
      expect((await ok(l.invoke('ledgerInfo', {}))).lastVerification).toEqual(bad);
    });
  });
});
