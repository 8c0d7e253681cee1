// Property-based: for random command sequences (including ones the rules refuse), every balance
// equals the fold of the stored events and is never negative, and the money in a currency
// changes only by opening balances, deposits, withdrawals and corrections: transfers conserve.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceDelta, type EventData } from '../../src-shared/events';
import { openLedger } from '../../src-main/ledger';
import { tempLedgerPath } from '../support/temp-dir';

const amount = fc.oneof(
  fc.integer({ min: 1, max: 50_000 }).map((m) => (m / 100).toFixed(2)),
  fc.constantFrom('0.01', '1000000.00', '0', '1.234', 'abc'),
);

const command = fc.oneof(
  fc.record({
    kind: fc.constant('open' as const),
    currency: fc.constantFrom('EUR', 'EUR', 'EUR', 'USD', 'JPY'),
    initial: fc.integer({ min: 0, max: 10_000 }),
  }),
  fc.record({ kind: fc.constantFrom('deposit' as const, 'withdraw' as const), acc: fc.nat(), amount }),
  fc.record({ kind: fc.constant('transfer' as const), from: fc.nat(), to: fc.nat(), amount }),
  fc.record({ kind: fc.constant('transfer' as const), from: fc.nat(), to: fc.nat(), amount }),
  fc.record({ kind: fc.constant('correct' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('close' as const), acc: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    acc: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 20 }),
  }),
);

describe('domain invariants', () => {
  it('balance = fold of the events, never negative; transfers conserve money', async () => {
    const applied = new Map<string, number>();
    // Every history starts with a few accounts, so that transfers and corrections get a chance.
    const opens = [
      { kind: 'open' as const, currency: 'EUR', initial: 500 },
      { kind: 'open' as const, currency: 'EUR', initial: 0 },
      { kind: 'open' as const, currency: 'USD', initial: 100 },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 60 }).map((c) => [...opens, ...c]),
        async (cmds) => {
          const l = openLedger(tempLedgerPath());
          try {
            const ids: string[] = [];
            let n = 0;
            const cid = () => `prop-cmd-${n++}`;
            const pickAcc = (i: number) => ids[i % Math.max(ids.length, 1)];
            for (const c of cmds) {
              const before = new Map<string, number>();
              for (const e of l.store.readAll(0)) {
                const cur =
                  (e.data as { amount?: { currency: string } }).amount?.currency ??
                  (e.data as EventData<'AccountCreated'>).currency;
                if (cur) before.set(cur, (before.get(cur) ?? 0) + balanceDelta(e));
              }
              let r;
              switch (c.kind) {
                case 'open':
                  r = await l.invoke('openAccount', {
                    commandId: cid(),
                    owner: `Owner ${ids.length}`,
                    currency: c.currency,
                    openingBalance: String(c.initial),
                  });
                  if (r.ok) ids.push(r.value.accountId);
                  break;
                case 'deposit':
                case 'withdraw':
                  if (!ids.length) continue;
                  r = await l.invoke(c.kind, {
                    commandId: cid(),
                    accountId: pickAcc(c.acc),
                    amount: c.amount,
                  });
                  break;
                case 'transfer':
                  if (!ids.length) continue;
                  r = await l.invoke('transfer', {
                    commandId: cid(),
                    fromAccountId: pickAcc(c.from),
                    toAccountId: pickAcc(c.to),
                    amount: c.amount,
                  });
                  if (r.ok) {
                    // Conservation: a transfer leaves every currency's total unchanged.
                    const after = new Map<string, number>();
                    for (const e of l.store.readAll(0)) {
                      const d = e.data as { amount?: { currency: string }; currency?: string };
                      const cur = d.amount?.currency ?? d.currency;
                      if (cur) after.set(cur, (after.get(cur) ?? 0) + balanceDelta(e));
                    }
                    expect(after).toEqual(before);
                  }
                  break;
                case 'correct': {
                  const movs = [...l.store.readAll(0, { types: ['MoneyDeposited', 'MoneyWithdrawn'] })];
                  if (!movs.length) continue;
                  r = await l.invoke('correctMovement', {
                    commandId: cid(),
                    eventId: movs[c.pick % movs.length]!.eventId,
                    reason: 'property test',
                  });
                  break;
                }
                case 'close':
                  if (!ids.length) continue;
                  r = await l.invoke('closeAccount', { commandId: cid(), accountId: pickAcc(c.acc) });
                  break;
                case 'rename':
                  if (!ids.length) continue;
                  r = await l.invoke(c.name.length % 2 ? 'renameAccount' : 'changeOwner', {
                    commandId: cid(),
                    accountId: pickAcc(c.acc),
                    ...(c.name.length % 2 ? { name: c.name } : { owner: c.name }),
                  } as never);
                  break;
              }
              if (r && !r.ok) expect(['domain', 'validation'], r.error.message).toContain(r.error.code);
              if (r?.ok) applied.set(c.kind, (applied.get(c.kind) ?? 0) + 1);
            }
            // Fold the log per account and compare with what the aggregate and projections say.
            const folded = new Map<string, number>();
            for (const e of l.store.readAll(0))
              folded.set(e.aggregateId, (folded.get(e.aggregateId) ?? 0) + balanceDelta(e));
            const accounts = await l.invoke('listAccounts', {});
            if (!accounts.ok) throw new Error(accounts.error.message);
            expect(accounts.value).toHaveLength(ids.length);
            for (const a of accounts.value) {
              expect(a.balance.minor).toBe(folded.get(a.accountId));
              expect(a.balance.minor).toBeGreaterThanOrEqual(0);
            }
            expect(l.verify().ok).toBe(true);
          } finally {
            await l.close();
          }
        },
      ),
      { numRuns: 30 },
    );
    // The generated histories really exercised every command, not only refusals.
    for (const kind of ['open', 'deposit', 'withdraw', 'transfer', 'correct', 'close', 'rename']) {
      expect(applied.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  });
});
