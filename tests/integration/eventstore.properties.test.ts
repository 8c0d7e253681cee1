// Property-based: for random appends with random expected versions, the store accepts exactly
// what a simple in-memory model accepts; the chain always verifies; paged reads equal one read.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LedgerError } from '../../src-shared/errors';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import type { ExpectedVersion } from '../../src-main/eventstore/types';
import { tempLedgerPath } from '../support/temp-dir';

const streams = [
  '30000000-0000-4000-8000-000000000001',
  '30000000-0000-4000-8000-000000000002',
  '30000000-0000-4000-8000-000000000003',
];

const expectedArb: fc.Arbitrary<ExpectedVersion> = fc.oneof(
  fc.constant<ExpectedVersion>('any'),
  fc.constant<ExpectedVersion>('no_stream'),
  fc.constant<ExpectedVersion>('stream_exists'),
  fc.integer({ min: 0, max: 6 }),
);

const appendArb = fc.record({
  stream: fc.integer({ min: 0, max: streams.length - 1 }),
  expected: expectedArb,
  amounts: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 3 }),
});

function modelAccepts(expected: ExpectedVersion, actual: number | null): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream' || expected === 0) return actual === null;
  if (expected === 'stream_exists') return actual !== null;
  return actual === expected;
}

describe('event store properties', () => {
  it('accepts exactly what the in-memory model accepts, and the chain verifies', () => {
    fc.assert(
      fc.property(
        fc.array(appendArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        (appends, pageSize) => {
          const { db, store } = openStore(tempLedgerPath());
          try {
            const model = new Map<string, number[]>();
            const log: Array<{ stream: string; amount: number }> = [];
            for (const a of appends) {
              const stream = streams[a.stream]!;
              const actual = model.get(stream)?.length ?? null;
              const ok = modelAccepts(a.expected, actual);
              let accepted = true;
              try {
                store.append(
                  stream,
                  'Account',
                  a.expected,
                  a.amounts.map((m) => ({
                    type: 'MoneyDeposited',
                    data: { amount: { minor: m, currency: 'EUR' } },
                  })),
                );
              } catch (e) {
                if (!(e instanceof LedgerError) || e.code !== 'conflict') throw e;
                accepted = false;
              }
              expect(accepted).toBe(ok);
              if (ok) {
                model.set(stream, [...(model.get(stream) ?? []), ...a.amounts]);
                for (const m of a.amounts) log.push({ stream, amount: m });
              }
            }
            const all = [...store.readAll(0)];
            expect(
              all.map((e) => ({
                stream: e.aggregateId,
                amount: (e.data as { amount: { minor: number } }).amount.minor,
              })),
            ).toEqual(log);
            expect(all.map((e) => e.position)).toEqual(log.map((_, i) => i + 1));
            for (const [stream, amounts] of model) {
              expect(store.readStream(stream).map((e) => e.version)).toEqual(amounts.map((_, i) => i + 1));
            }
            expect([...store.readAll(0, { pageSize })]).toEqual(all);
            expect(store.verify().ok).toBe(true);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
