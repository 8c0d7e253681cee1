// Property: for random command histories (accepted and refused), a rebuild from scratch gives
// exactly the rows incremental maintenance gave, and reports no differences. Also: the
// balances (and accounts) version guard makes a second application of an event a no-op.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsProjection } from '../../src-main/projections/sqlite/accounts';
import { balancesProjection } from '../../src-main/projections/sqlite/balances';
import { liveNames, writerContext } from '../../src-main/projections/sqlite/projection';
import { Projector } from '../../src-main/projections/sqlite/projector';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import { allProjections } from '../../src-main/projections/sqlite/registry';
import {
  foldBalances,
  historyArb,
  projectionRows,
  rng,
  runHistory,
  shadowTables,
  tempLedgersPerTest,
  uuidFrom,
  type TempLedger,
} from '../support/ledger-fixtures';

const fresh = tempLedgersPerTest();

const balanceRows = (t: TempLedger) =>
  t.ledger.storage.db.prepare('SELECT account_id, balance_minor FROM balances').all() as Array<{
    account_id: string;
    balance_minor: number;
  }>;

describe('rebuild equals incremental maintenance (property)', () => {
  it('rebuildProjections on the main connection: same rows, no differences, for any history', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(historyArb(40), fc.integer({ min: 1, max: 25 }), async (ops, batchSize) => {
        const t = fresh();
        const h = await runHistory(t.ledger, ops);
        accepted += h.accepted;
        refused += h.refused;
        // A refusal is a rule, a validation or a missing thing; never an internal error.
        expect(h.errorCodes.filter((c) => c === 'internal')).toEqual([]);
        const before = projectionRows(t.ledger.storage.db);
        // The incremental balances are the fold of the log.
        expect(new Map(balanceRows(t).map((r) => [r.account_id, r.balance_minor]))).toEqual(
          foldBalances(t.ledger.store),
        );
        const r = rebuildProjections(t.ledger.storage.db, t.ledger.store, { batchSize, pauseMs: 0 });
        expect(r.differences).toEqual([]);
        expect(r.done).toBe(t.ledger.store.headPosition());
        expect(projectionRows(t.ledger.storage.db)).toEqual(before);
        expect(shadowTables(t.ledger.storage.db)).toEqual([]);
        // The dry run behind `verify` agrees, and the ledger keeps working after the swap.
        expect(t.ledger.verify().ok).toBe(true);
        await t.dispose();
      }),
      { numRuns: 40 },
    );
    // The generator exercises both sides of the rules.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
  });

  it('a single projection rebuild leaves the others alone and matches', async () => {
    await fc.assert(
      fc.asyncProperty(
        historyArb(25),
        fc.constantFrom('balances', 'accounts', 'timeline', 'monthly_totals') as fc.Arbitrary<
          'balances' | 'accounts' | 'timeline' | 'monthly_totals'
        >,
        async (ops, name) => {
          const t = fresh();
          await runHistory(t.ledger, ops);
          const before = projectionRows(t.ledger.storage.db);
          const r = rebuildProjections(t.ledger.storage.db, t.ledger.store, {
            projections: [name],
            batchSize: 3,
            pauseMs: 0,
          });
          expect(r.differences).toEqual([]);
          expect(projectionRows(t.ledger.storage.db)).toEqual(before);
          await t.dispose();
        },
      ),
      { numRuns: 12 },
    );
  });

  it('the worker rebuild (startRebuild) swaps in the same rows and reports verification ok', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb(40), async (ops) => {
        const t = fresh();
        await runHistory(t.ledger, ops);
        const before = projectionRows(t.ledger.storage.db);
        const started = await t.ledger.invoke('startRebuild', {});
        expect(started.ok).toBe(true);
        const status = await t.ledger.rebuilds.whenDone();
        expect(status.state).toBe('done');
        expect(status.error).toBeNull();
        expect(status.verification).toEqual({ ok: true, differences: [] });
        expect(status.done).toBe(t.ledger.store.headPosition());
        // Read through the main connection, whose statements were prepared before the swap.
        expect(projectionRows(t.ledger.storage.db)).toEqual(before);
        expect(shadowTables(t.ledger.storage.db)).toEqual([]);
        const list = await t.ledger.invoke('listAccounts', {});
        expect(list.ok && list.value.length).toBe(before.accounts!.length);
        await t.dispose();
      }),
      { numRuns: 3 },
    );
  });

  it('the worker rebuilds only the projections asked for', async () => {
    const t = fresh();
    await runHistory(t.ledger, fc.sample(historyArb(30), { numRuns: 1, seed: 9 })[0]!);
    const before = projectionRows(t.ledger.storage.db);
    const cp = () =>
      t.ledger.storage.db.prepare('SELECT name, position FROM projection_checkpoints ORDER BY name').all();
    const checkpoints = cp();
    // Make the other projections visibly wrong: a rebuild of monthly_totals must not touch them.
    t.ledger.storage.db.prepare("UPDATE accounts SET owner = 'untouched'").run();
    const started = await t.ledger.invoke('startRebuild', { projections: ['monthly_totals'] });
    expect(started.ok && started.value.projections).toEqual(['monthly_totals']);
    const status = await t.ledger.rebuilds.whenDone();
    expect(status).toMatchObject({ state: 'done', verification: { ok: true, differences: [] } });
    const after = projectionRows(t.ledger.storage.db);
    expect(after.monthly_totals).toEqual(before.monthly_totals);
    expect(after.monthly_balances).toEqual(before.monthly_balances);
    expect((after.accounts as Array<{ owner: string }>).every((a) => a.owner === 'untouched')).toBe(true);
    expect(cp()).toEqual(checkpoints);
  });

  it('reports a difference when the live read model disagrees with the log, and the rebuild repairs it', async () => {
    const t = fresh();
    await runHistory(t.ledger, [
      { kind: 'open', owner: 1, opening: 5000 },
      { kind: 'deposit', account: 0, minor: 700, description: null },
    ]);
    const good = projectionRows(t.ledger.storage.db);
    t.ledger.storage.db.prepare('UPDATE balances SET balance_minor = balance_minor + 1').run();
    t.ledger.storage.db.prepare('DELETE FROM timeline WHERE position = 2').run();
    const report = t.ledger.verify();
    expect(report.ok).toBe(false);
    expect(report.projections.differences.map((d) => d.projection).sort()).toEqual(['balances', 'timeline']);
    // verify is a dry run: the damage is still there.
    expect(projectionRows(t.ledger.storage.db)).not.toEqual(good);
    const r = rebuildProjections(t.ledger.storage.db, t.ledger.store);
    expect(r.differences.length).toBe(2);
    expect(projectionRows(t.ledger.storage.db)).toEqual(good);
    expect(t.ledger.verify().ok).toBe(true);
  });
});

describe('legacy events', () => {
  it('schema-1 events (float amounts) are upcast alike inline, on rebuild and on catch-up', async () => {
    const t = fresh();
    const { store } = t.ledger;
    const { projections: projector, db } = t.ledger.storage;
    const a = uuidFrom(rng(3));
    const b = uuidFrom(rng(4));
    const legacy = (
      streamId: string,
      type: 'AccountCreated' | 'MoneyDeposited' | 'MoneyWithdrawn',
      data: object,
    ) => ({
      streamId,
      streamType: 'Account',
      expectedVersion: 'any' as const,
      events: [{ type, data, schemaVersion: 1 }],
    });
    store.transaction(() =>
      projector.apply(
        store.appendMany([
          legacy(a, 'AccountCreated', { owner_name: 'Old', initial_balance: 10.1 }),
          legacy(b, 'AccountCreated', { owner_name: 'Older', initial_balance: 0 }),
          legacy(a, 'MoneyDeposited', { amount: 0.1 }),
          legacy(a, 'MoneyDeposited', { amount: 0.2 }),
          legacy(a, 'MoneyWithdrawn', { amount: 0.3 }),
        ]).events,
      ),
    );
    await runHistory(t.ledger, [
      { kind: 'transfer', from: 0, to: 1, minor: 5 },
      { kind: 'deposit', account: 1, minor: 7, description: null },
    ]);
    const acc = await t.ledger.invoke('getAccount', { accountId: a });
    expect(acc.ok && acc.value.balance).toEqual({ minor: 1010, currency: 'EUR' });
    const before = projectionRows(db);
    expect(rebuildProjections(db, store, { pauseMs: 0 }).differences).toEqual([]);
    expect(projectionRows(db)).toEqual(before);
    // Catch-up from scratch (as after a definition change) reads the same upcast events.
    db.exec('DELETE FROM projection_checkpoints');
    for (const p of allProjections) for (const tb of p.tables) db.exec(`DROP TABLE ${tb}`);
    new Projector(db, store).open();
    expect(projectionRows(db)).toEqual(before);
  });
});

describe('version guard', () => {
  it('applying already-applied events again changes neither balances nor accounts', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb(30), fc.integer(), async (ops, seed) => {
        const t = fresh();
        await runHistory(t.ledger, ops);
        const before = projectionRows(t.ledger.storage.db);
        const db = t.ledger.storage.db;
        const applyBalances = balancesProjection.writer(
          db,
          liveNames(balancesProjection),
          writerContext(t.ledger.store),
        );
        const applyAccounts = accountsProjection.writer(
          db,
          liveNames(accountsProjection),
          writerContext(t.ledger.store),
        );
        const events = [...t.ledger.store.readAll()];
        // Every event again, in a shuffled order (a redelivery can come out of order too).
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        for (const e of shuffled) {
          applyBalances(e);
          applyAccounts(e);
        }
        const after = projectionRows(db);
        expect(after.balances).toEqual(before.balances);
        expect(after.accounts).toEqual(before.accounts);
        await t.dispose();
      }),
      { numRuns: 15 },
    );
  });
});
