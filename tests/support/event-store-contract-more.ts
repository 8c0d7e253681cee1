// The rest of the event store contract: the unit of work, the lean reads the app folds from, the
// stored form (export and import of sealed records), lookups by command id, position and time.
// Together with event-store-contract.ts this specifies every store method the app uses, which is
// the seam a future server-backed store must satisfy.
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../../src-shared/errors';
import { sealRecord, type EventRecord } from '../../src-main/eventstore/encoding';
import { PROJECTED_METADATA_KEYS, type EventStore, type NewEvent } from '../../src-main/eventstore/types';
import type { StoreUnderTest } from './event-store-contract';

const S1 = '10000000-0000-4000-8000-000000000001';
const S2 = '10000000-0000-4000-8000-000000000002';
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const created: NewEvent = {
  type: 'AccountCreated',
  data: { owner: 'Ann', currency: 'EUR', openingBalance: eur(0) },
};
const deposit = (minor: number, extra: Partial<NewEvent> = {}): NewEvent => ({
  type: 'MoneyDeposited',
  data: { amount: eur(minor) },
  ...extra,
});

async function all<T>(it: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function refusal(p: () => unknown): Promise<LedgerError> {
  try {
    await p();
  } catch (e) {
    if (e instanceof LedgerError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** A log of `n` deposits after an opening, in two streams. */
async function seed(store: EventStore, n = 6): Promise<void> {
  await store.append(S1, 'Account', 'no_stream', [created]);
  await store.append(S2, 'Account', 'no_stream', [created]);
  for (let i = 0; i < n; i++)
    await store.append(i % 2 ? S2 : S1, 'Account', 'any', [
      deposit(i + 1, { timestamp: Date.UTC(2024, 0, 1 + i), metadata: { commandId: `cmd-${i}` } }),
    ]);
}

export function eventStoreContractMore(
  name: string,
  make: () => Promise<StoreUnderTest> | StoreUnderTest,
): void {
  describe(`event store contract, continued: ${name}`, () => {
    describe('unit of work', () => {
      it('commits everything a transaction appended, together', async () => {
        const { store } = await make();
        await store.transaction(() => {
          store.append(S1, 'Account', 'no_stream', [created]);
          store.append(S1, 'Account', 1, [deposit(5)]);
        });
        expect(await store.count()).toBe(2);
        expect(await store.streamVersion(S1)).toBe(2);
      });

      it('rolls back every append and snapshot of a transaction that throws', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 'no_stream', [created]);
        await store.saveSnapshot(S1, { version: 1, schemaVersion: 1, state: { v: 'before' } });
        const e = await refusal(() =>
          store.transaction(() => {
            store.append(S1, 'Account', 1, [deposit(5)]);
            store.append(S2, 'Account', 'no_stream', [created]);
            store.saveSnapshot(S1, { version: 2, schemaVersion: 1, state: { v: 'after' } });
            throw new LedgerError('domain', 'no');
          }),
        );
        expect(e.message).toBe('no');
        expect(await store.count()).toBe(1);
        expect(await store.streamVersion(S2)).toBeNull();
        expect(await store.head()).toMatchObject({ position: 1 });
        expect((await store.loadSnapshot(S1, 1))?.state).toEqual({ v: 'before' });
        // The positions a rolled-back transaction used are given out again: the log stays gap-free.
        expect((await store.append(S2, 'Account', 'no_stream', [created])).positions).toEqual([2]);
        expect((await store.verify()).ok).toBe(true);
      });

      it('a nested transaction joins the outer one', async () => {
        const { store } = await make();
        await refusal(() =>
          store.transaction(() => {
            store.transaction(() => store.append(S1, 'Account', 'no_stream', [created]));
            throw new LedgerError('domain', 'outer fails');
          }),
        );
        expect(await store.count()).toBe(0);
      });
    });

    describe('lean reads', () => {
      it('readStreamData gives type, version and data only, from a version on', async () => {
        const { store } = await make();
        await seed(store);
        expect(await store.readStreamData(S1, 2)).toEqual([
          { eventType: 'MoneyDeposited', version: 2, data: { amount: eur(1) } },
          { eventType: 'MoneyDeposited', version: 3, data: { amount: eur(3) } },
          { eventType: 'MoneyDeposited', version: 4, data: { amount: eur(5) } },
        ]);
        expect(await store.readStreamData(S1, 9)).toEqual([]);
      });

      it('readAllProjected is readAll without hashes and with only the projected metadata, paged alike', async () => {
        const { store } = await make();
        await seed(store);
        await store.append(S1, 'Account', 'any', [
          deposit(9, { metadata: { importBatchId: 'batch-1', importFile: 'a.csv', correlationId: 'c' } }),
        ]);
        const full = await all(store.readAll(0));
        const lean = await all(store.readAllProjected(0, { pageSize: 3 }));
        const projected = (m: Record<string, unknown>) =>
          Object.fromEntries(PROJECTED_METADATA_KEYS.filter((k) => k in m).map((k) => [k, m[k]]));
        expect(lean).toEqual(
          full.map(({ metadata, hash: _h, prevHash: _p, ...rest }) => ({
            ...rest,
            projectedMetadata: projected(metadata),
          })),
        );
        expect(lean.at(-1)!.projectedMetadata).toEqual({ importBatchId: 'batch-1', importFile: 'a.csv' });
        expect((await all(store.readAllProjected(3, { limit: 2 }))).map((e) => e.position)).toEqual([4, 5]);
      });
    });

    describe('the stored form', () => {
      it('readRecords gives each event as hashed, and decode reads a record back as the event', async () => {
        const { store } = await make();
        await seed(store);
        const records = await all(store.readRecords(0, { pageSize: 4 }));
        const events = await all(store.readAll(0));
        expect(records.map((r) => r.position)).toEqual(events.map((e) => e.position));
        expect(records.map((r) => store.decode(r))).toEqual(events);
        expect(typeof records[0]!.data).toBe('string');
        expect(records[1]!.prevHash).toBe(records[0]!.hash);
        expect(await store.recordAt(3)).toEqual(records[2]);
        expect(await store.recordAt(99)).toBeNull();
      });

      it("appendRecords takes another store's records verbatim, and refuses any that breaks the chain", async () => {
        const source = (await make()).store;
        await seed(source);
        const records = await all(source.readRecords(0));
        const { store } = await make();
        expect(await store.appendRecords(records.slice(0, 5))).toEqual({
          count: 5,
          head: { position: 5, hash: records[4]!.hash },
        });
        const altered: EventRecord = {
          ...records[5]!,
          data: records[5]!.data.replace('"minor":', '"minor":1'),
        };
        const broken = await refusal(() => store.appendRecords([altered]));
        expect(broken).toMatchObject({ reason: 'chain_broken', details: { index: 0, position: 6 } });
        const gap = await refusal(() => store.appendRecords([records[6]!]));
        expect(gap).toMatchObject({ reason: 'chain_broken', details: { problem: { kind: 'gap' } } });
        expect(await store.count()).toBe(5);
        await store.appendRecords(records.slice(5));
        expect(await all(store.readRecords(0))).toEqual(records);
        expect((await store.verify()).ok).toBe(true);
      });

      it('appendRecords refuses a reused event id and a skipped stream version, and writes none of the batch', async () => {
        const source = (await make()).store;
        await seed(source, 2);
        const records = await all(source.readRecords(0));
        const { store } = await make();
        await store.appendRecords(records.slice(0, 3));
        const head = records[2]!;
        const next = (patch: Partial<EventRecord>) =>
          sealRecord({ ...records[3]!, prevHash: head.hash, position: 4, ...patch });
        const reused = await refusal(() => store.appendRecords([next({ eventId: records[0]!.eventId })]));
        expect(reused).toMatchObject({
          reason: 'duplicate_event_id',
          details: { index: 0, firstPosition: 1 },
        });
        const skipped = await refusal(() =>
          store.appendRecords([next({ version: records[3]!.version + 1 })]),
        );
        expect(skipped).toMatchObject({ reason: 'stream_version', details: { position: 4 } });
        const good = records[3]!;
        const after = sealRecord({
          ...records[3]!,
          eventId: '30000000-0000-4000-8000-000000000001',
          position: 5,
          prevHash: good.hash,
          version: 9,
        });
        await refusal(() => store.appendRecords([good, after]));
        expect(await store.count()).toBe(3);
      });
    });

    describe('lookups', () => {
      it('finds the events of a command id, in position order', async () => {
        const { store } = await make();
        await seed(store);
        await store.appendMany([
          {
            streamId: S1,
            streamType: 'Account',
            expectedVersion: 'any',
            events: [deposit(9, { metadata: { commandId: 'pair' } })],
          },
          {
            streamId: S2,
            streamType: 'Account',
            expectedVersion: 'any',
            events: [deposit(9, { metadata: { commandId: 'pair' } })],
          },
        ]);
        expect((await store.findByCommandId('pair')).map((e) => [e.position, e.aggregateId])).toEqual([
          [9, S1],
          [10, S2],
        ]);
        expect(await store.findByCommandId('none')).toEqual([]);
      });

      it('turns a time into the position with the latest time by then (one seek)', async () => {
        const { store } = await make();
        await seed(store); // openings now, deposits 3..8 on 2024-01-01 .. 2024-01-06
        expect(await store.positionAt(Date.UTC(2023, 0, 1))).toBe(0);
        expect(await store.positionAt(Date.UTC(2024, 0, 3))).toBe(5);
        // The latest time by then: the openings, recorded now (the deposits carry 2024 times).
        expect(await store.positionAt(Date.now() + 60_000)).toBe(2);
        expect(await store.latestTimestampBefore(1)).toBeNull();
        expect(await store.latestTimestampBefore(5)).toBeGreaterThan(Date.UTC(2025, 0, 1));
      });

      it('reports the head, and verifies from a position on', async () => {
        const { store } = await make();
        expect(await store.head()).toBeNull();
        await seed(store);
        const head = await store.head();
        expect(head?.position).toBe(8);
        expect(head?.hash).toBe((await store.recordAt(8))?.hash);
        const report = await store.verify(undefined, 5);
        expect(report).toMatchObject({ ok: true, checked: 3 });
      });
    });
  });
}
