// The event store contract: every behaviour a store must have, written against the EventStore
// interface with `await` everywhere, so a future implementation (say PostgreSQL, async) can run
// the same suite by passing its own factory.
import { describe, expect, it } from 'vitest';
import { CurrentSchemaVersion, type StoredEvent } from '../../src-shared/events';
import { LedgerError } from '../../src-shared/errors';
import type { EventStore, NewEvent } from '../../src-main/eventstore/types';

export interface StoreUnderTest {
  store: EventStore;
  /** Reopens the same storage (a new connection), for durability checks. */
  reopen(): Promise<EventStore> | EventStore;
}

const S1 = '10000000-0000-4000-8000-000000000001';
const S2 = '10000000-0000-4000-8000-000000000002';
const id = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const deposit = (minor: number, eventId?: string): NewEvent => ({
  type: 'MoneyDeposited',
  data: { amount: eur(minor), valueDate: '2026-01-15' },
  ...(eventId ? { eventId } : {}),
});
const created = (eventId?: string): NewEvent => ({
  type: 'AccountCreated',
  data: {
    owner: 'Ann',
    name: 'Ann',
    type: 'checking',
    currency: 'EUR',
    openingBalance: eur(0),
    openingDate: '2026-01-01',
  },
  ...(eventId ? { eventId } : {}),
});

async function collect(it: Iterable<StoredEvent> | AsyncIterable<StoredEvent>): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of it) out.push(e);
  return out;
}

async function conflictOf(p: () => unknown): Promise<LedgerError> {
  try {
    await p();
  } catch (e) {
    if (e instanceof LedgerError && e.code === 'conflict') return e;
    throw e;
  }
  throw new Error('expected a conflict');
}

export function eventStoreContract(name: string, make: () => Promise<StoreUnderTest> | StoreUnderTest): void {
  describe(`event store contract: ${name}`, () => {
    it('appends and reads a stream in version order with the full envelope', async () => {
      const { store } = await make();
      const before = Date.now();
      const r = await store.append(S1, 'Account', 'no_stream', [created(), deposit(100), deposit(250)]);
      expect(r.positions).toEqual([1, 2, 3]);
      expect(r.streamVersions).toEqual({ [S1]: 3 });
      const events = await store.readStream(S1);
      expect(events.map((e) => [e.version, e.position, e.eventType])).toEqual([
        [1, 1, 'AccountCreated'],
        [2, 2, 'MoneyDeposited'],
        [3, 3, 'MoneyDeposited'],
      ]);
      const e = events[1]!;
      expect(e.aggregateId).toBe(S1);
      expect(e.aggregateType).toBe('Account');
      expect(e.schemaVersion).toBe(CurrentSchemaVersion.MoneyDeposited);
      expect(e.data).toEqual({ amount: eur(100), valueDate: '2026-01-15' });
      expect(e.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(e.timestamp)).toBeGreaterThanOrEqual(before - 1);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(e.prevHash).toBe(events[0]!.hash);
      expect(await store.readStream(S1, 3)).toHaveLength(1);
    });

    it('keeps metadata (correlation, causation, command, app version) and explicit timestamps', async () => {
      const { store } = await make();
      const metadata = {
        correlationId: 'c-1',
        causationId: 'c-0',
        commandId: 'cmd-1',
        commandName: 'deposit',
        appVersion: '1.2.3',
      };
      await store.append(S1, 'Account', 'any', [
        { ...created(), metadata, timestamp: Date.UTC(2020, 0, 2, 3, 4, 5, 678) },
      ]);
      const [e] = await store.readStream(S1);
      expect(e!.metadata).toEqual(metadata);
      expect(e!.timestamp).toBe('2020-01-02T03:04:05.678Z');
      expect((await store.findByCommandId('cmd-1')).map((x) => x.eventId)).toEqual([e!.eventId]);
    });

    describe('expected version', () => {
      it('no_stream: refuses an existing stream', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 'no_stream', [created()]);
        const c = await conflictOf(() => store.append(S1, 'Account', 'no_stream', [deposit(1)]));
        expect(c.details).toMatchObject({ streamId: S1, expected: 'no_stream', actual: 1 });
      });
      it('stream_exists: refuses a missing stream', async () => {
        const { store } = await make();
        const c = await conflictOf(() => store.append(S1, 'Account', 'stream_exists', [created()]));
        expect(c.details).toMatchObject({ expected: 'stream_exists', actual: null });
        await store.append(S1, 'Account', 'any', [created()]);
        await store.append(S1, 'Account', 'stream_exists', [deposit(1)]);
        expect(await store.streamVersion(S1)).toBe(2);
      });
      it('exact N: accepts only the current version, and carries expected and actual', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 0, [created(), deposit(1)]);
        const c = await conflictOf(() => store.append(S1, 'Account', 1, [deposit(2)]));
        expect(c.reason).toBe('wrong_expected_version');
        expect(c.details).toMatchObject({ expected: 1, actual: 2 });
        expect(c.message).toContain('expected version 1, found version 2');
        await store.append(S1, 'Account', 2, [deposit(3)]);
        expect(await store.streamVersion(S1)).toBe(3);
      });
      it('any: appends whatever the version', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 'any', [created()]);
        await store.append(S1, 'Account', 'any', [deposit(1)]);
        expect(await store.streamVersion(S1)).toBe(2);
        expect(await store.streamVersion(S2)).toBeNull();
      });
    });

    describe('idempotency by event id', () => {
      it('a repeated append with the same ids and content is a no-op returning the original positions', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 'no_stream', [created(id(1))]);
        const first = await store.append(S1, 'Account', 1, [deposit(5, id(2)), deposit(6, id(3))]);
        const again = await store.append(S1, 'Account', 1, [deposit(5, id(2)), deposit(6, id(3))]);
        expect(again.duplicate).toBe(true);
        expect(again.positions).toEqual(first.positions);
        expect(await store.count()).toBe(3);
      });
      it('the same id with other content is a conflict', async () => {
        const { store } = await make();
        await store.append(S1, 'Account', 'no_stream', [created(id(1))]);
        await store.append(S1, 'Account', 'any', [deposit(5, id(2))]);
        expect((await conflictOf(() => store.append(S1, 'Account', 'any', [deposit(6, id(2))]))).reason).toBe(
          'event_id_reused',
        );
        expect(
          (await conflictOf(() => store.append(S1, 'Account', 'any', [deposit(5, id(2)), deposit(7, id(9))])))
            .reason,
        ).toBe('partial_duplicate');
        expect(await store.count()).toBe(2);
      });
    });

    it('appends to several streams atomically: both or neither', async () => {
      const { store } = await make();
      await store.append(S1, 'Account', 'no_stream', [created()]);
      await store.append(S2, 'Account', 'no_stream', [created()]);
      const r = await store.appendMany([
        { streamId: S1, streamType: 'Account', expectedVersion: 1, events: [deposit(1)] },
        { streamId: S2, streamType: 'Account', expectedVersion: 1, events: [deposit(2)] },
      ]);
      expect(r.positions).toEqual([3, 4]);
      expect(r.streamVersions).toEqual({ [S1]: 2, [S2]: 2 });
      await conflictOf(() =>
        store.appendMany([
          { streamId: S1, streamType: 'Account', expectedVersion: 2, events: [deposit(3)] },
          { streamId: S2, streamType: 'Account', expectedVersion: 1, events: [deposit(4)] },
        ]),
      );
      expect(await store.count()).toBe(4);
      expect(await store.streamVersion(S1)).toBe(2);
    });

    it('gives every event a gap-free, increasing global position, and reads all in pages', async () => {
      const { store } = await make();
      await store.append(S1, 'Account', 'no_stream', [created()]);
      await conflictOf(() => store.append(S1, 'Account', 'no_stream', [created()]));
      await store.append(S2, 'Account', 'no_stream', [created()]);
      for (let i = 0; i < 25; i++) await store.append(i % 2 ? S1 : S2, 'Account', 'any', [deposit(i + 1)]);
      const all = await collect(store.readAll(0));
      expect(all.map((e) => e.position)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
      expect(await store.headPosition()).toBe(27);
      expect((await collect(store.readAll(10, { limit: 5 }))).map((e) => e.position)).toEqual([
        11, 12, 13, 14, 15,
      ]);
      expect(await collect(store.readAll(0, { pageSize: 4 }))).toEqual(all);
      expect(
        (await collect(store.readAll(0, { types: ['AccountCreated'] }))).map((e) => e.aggregateId),
      ).toEqual([S1, S2]);
      expect((await collect(store.readAll(0, { streams: [S1] }))).every((e) => e.aggregateId === S1)).toBe(
        true,
      );
      expect(await collect(store.readAll(27))).toEqual([]);
    });

    it('verifies its hash chain', async () => {
      const { store } = await make();
      expect(await store.verify()).toMatchObject({ ok: true, checked: 0 });
      await store.append(S1, 'Account', 'no_stream', [created(), deposit(1), deposit(2)]);
      expect(await store.verify()).toEqual({
        ok: true,
        checked: 3,
        brokenAt: null,
        message: 'All 3 events verified',
      });
    });

    it('keeps snapshots as a versioned cache', async () => {
      const { store } = await make();
      expect(await store.loadSnapshot(S1, 1)).toBeNull();
      await store.saveSnapshot(S1, { version: 5, schemaVersion: 1, state: { balance: 7 } });
      expect(await store.loadSnapshot(S1, 1)).toEqual({
        version: 5,
        schemaVersion: 1,
        state: { balance: 7 },
      });
      expect(await store.loadSnapshot(S1, 2)).toBeNull();
      await store.deleteSnapshots();
      expect(await store.loadSnapshot(S1, 1)).toBeNull();
    });

    it('looks events up by id', async () => {
      const { store } = await make();
      await store.append(S1, 'Account', 'no_stream', [created(id(1))]);
      expect((await store.getEvent(id(1)))?.position).toBe(1);
      expect(await store.getEvent(id(2))).toBeNull();
    });

    it('keeps what it committed across a reopen', async () => {
      const sut = await make();
      await sut.store.append(S1, 'Account', 'no_stream', [created(), deposit(1)]);
      const again = await sut.reopen();
      expect(await again.count()).toBe(2);
      expect((await again.verify()).ok).toBe(true);
    });
  });
}
