// Every handler answers within its contract: random histories (refusals and retries included) run
// through ledger.invoke with output checking on, then every query and operation is called and its
// answer parsed with the contract's output schema. A handler that drifts from the contract fails
// here, not in the renderer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../src-shared/contract';
import { historyArb, runHistory, tempLedgersPerTest } from '../support/ledger-fixtures';

const fresh = tempLedgersPerTest();

/** Parses an answer with the method's output schema; fails the test with the issues otherwise. */
function expectInContract(name: MethodName, value: unknown): void {
  const r = contract[name].output.safeParse(value);
  expect(r.success, `${name}: ${r.success ? '' : r.error.message}`).toBe(true);
}

describe('typed outputs', () => {
  it('every answer of every method parses with its contract output schema', async () => {
    const called = new Set<MethodName>();
    await fc.assert(
      fc.asyncProperty(historyArb(30), async (ops) => {
        const t = fresh({ checkOutputs: true });
        const { ledger } = t;
        const history = await runHistory(ledger, ops);
        // With checkOutputs on, an answer outside the contract would be an 'internal' error.
        expect(history.errorCodes).not.toContain('internal');
        const call = async (name: MethodName, input: unknown) => {
          const r = await ledger.invoke(name, input);
          if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
          expectInContract(name, r.value);
          called.add(name);
          return r.value;
        };
        const accounts = (await call('listAccounts', {})) as Array<{ accountId: string }>;
        for (const a of accounts.slice(0, 2)) {
          await call('getAccount', { accountId: a.accountId });
          await call('monthlyTotals', { accountId: a.accountId });
          await call('timeline', { accountId: a.accountId, limit: 5 });
        }
        const page = (await call('timeline', { limit: 3 })) as { items: Array<{ eventId: string }> };
        if (page.items[0]) await call('getEvent', { eventId: page.items[0].eventId });
        await call('timelineCount', {});
        await call('readEvents', { limit: 4 });
        await call('balancesAsOf', { position: 2 });
        await call('balancesAsOf', { time: new Date().toISOString() });
        await call('ledgerInfo', {});
        await call('rebuildStatus', {});
        await call('listBackups', {});
        await t.dispose();
      }),
      { numRuns: 15 },
    );
    // The commands were covered by the histories (checked by checkOutputs); these by name.
    for (const n of [
      'listAccounts',
      'getAccount',
      'timeline',
      'readEvents',
      'balancesAsOf',
      'ledgerInfo',
    ] as const)
      expect(called.has(n)).toBe(true);
  });

  it('the long operations answer within their contract too', async () => {
    const t = fresh({ checkOutputs: true });
    const { ledger } = t;
    await runHistory(ledger, fc.sample(historyArb(10), { numRuns: 1, seed: 7 })[0]!);
    for (const [name, input] of [
      ['verifyLedger', {}],
      ['createBackup', {}],
      ['startRebuild', {}],
      ['cancelRebuild', {}],
      ['verificationStatus', {}],
      ['cancelVerification', {}],
    ] as const) {
      const r = await ledger.invoke(name, input);
      expect(r.ok, name).toBe(true);
      if (r.ok) expectInContract(name, r.value);
    }
    await ledger.rebuilds.whenDone();
  });

  it('a retried command answers exactly what its first call answered', async () => {
    const t = fresh();
    const { ledger } = t;
    const input = { commandId: 'retry-open-1', owner: 'Ann', currency: 'EUR', openingBalance: '50' };
    const first = await ledger.invoke('openAccount', input);
    const again = await ledger.invoke('openAccount', input);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value).toEqual({ ...first.value, duplicate: true });
    const b = await ledger.invoke('openAccount', {
      commandId: 'retry-open-2',
      owner: 'Bob',
      currency: 'EUR',
    });
    if (!b.ok) throw new Error(b.error.message);
    const transfer = {
      commandId: 'retry-tr-1',
      fromAccountId: first.value.accountId,
      toAccountId: b.value.accountId,
      amount: '5',
    };
    const t1 = await ledger.invoke('transfer', transfer);
    const t2 = await ledger.invoke('transfer', transfer);
    expect(t2).toEqual(t1.ok ? { ok: true, value: { ...t1.value, duplicate: true } } : t1);
  });

  it('with output checking on, an answer outside the contract is an internal error, not a reply', async () => {
    const t = fresh({ checkOutputs: true });
    const read = t.ledger.storage.read;
    read.listAccounts = () => [{ accountId: 'not-a-uuid' }] as never;
    const r = await t.ledger.invoke('listAccounts', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', reason: 'bad_output' } });
  });
});
