// A legacy (v1) event with a negative amount is refused, never read back as a positive one.
import { describe, expect, it } from 'vitest';
import { canonicalJson, sealRecord } from '../../src-main/eventstore/encoding';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { legacyFloatToMoney } from '../../src-shared/events/legacy';
import { tempLedgerPath } from '../support/temp-dir';
import { cli } from './craft';

const S = '50000000-0000-4000-8000-000000000001';

function legacyLedger(amounts: Array<[type: 'MoneyDeposited' | 'MoneyWithdrawn', amount: number]>) {
  const path = tempLedgerPath();
  const { db, store } = openStore(path);
  store.append(S, 'Account', 'no_stream', [
    { type: 'AccountCreated', schemaVersion: 1, data: { owner_name: 'Legacy', initial_balance: 100 } },
  ]);
  // Appended the way an old file (or a forger recomputing the chain) has them: raw rows.
  const insert = db.prepare(
    `INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version,
       timestamp, data, metadata, command_id, prev_hash, hash) VALUES (?, ?, ?, 'Account', ?, ?, 1, ?, ?, '{}', NULL, ?, ?)`,
  );
  let prev = db.prepare('SELECT hash FROM events WHERE position = 1').pluck().get() as string;
  amounts.forEach(([type, amount], i) => {
    const r = sealRecord({
      position: i + 2,
      eventId: `50000000-0000-4000-8000-00000000010${i}`,
      streamId: S,
      streamType: 'Account',
      version: i + 2,
      eventType: type,
      schemaVersion: 1,
      timestamp: Date.parse('2020-01-01T00:00:00Z'),
      data: canonicalJson({ amount }),
      metadata: '{}',
      prevHash: prev,
    });
    insert.run(r.position, r.eventId, S, r.version, type, r.timestamp, r.data, r.prevHash, r.hash);
    prev = r.hash;
  });
  db.close();
  return path;
}

describe('v1 upcaster', () => {
  it('refuses a legacy deposit of -50 instead of reading +50 (exit 4, no balance printed)', async () => {
    const path = legacyLedger([['MoneyDeposited', -50]]);
    const r = await cli(path, 'balance', S);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/negative amount -50/);
    expect(r.out).toBe('');
  });

  it('refuses a negative legacy withdrawal and a negative opening balance', () => {
    expect(() => legacyFloatToMoney(-0.01, 'EUR')).toThrow(/negative amount/);
    expect(() => legacyFloatToMoney(-1e-9, 'EUR')).toThrow(/negative amount/);
    expect(legacyFloatToMoney(-0, 'EUR')).toEqual({ minor: 0, currency: 'EUR' });
  });

  it('still reads honest legacy amounts', async () => {
    const path = legacyLedger([
      ['MoneyDeposited', 0.2],
      ['MoneyWithdrawn', 0.1],
    ]);
    const r = await cli(path, '--json', 'balance', S);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"minor":10010');
  });
});
