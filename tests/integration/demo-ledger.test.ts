// The demo ledger a newcomer opens: a year of household books in two currencies, written through
// the ledger's own commands, every entry in the past and so recorded after its value date.
import { afterEach, expect, it } from 'vitest';
import { writeDemoLedger } from '../../src-main/application/demo-ledger';
import { tempLedger, type TempLedger } from '../support/ledger-fixtures';

let t: TempLedger | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
});

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

it('a year of books in EUR and USD, all dated in the past year, that verify and never overdraw', async () => {
  t = tempLedger();
  const today = '2026-12-03';
  const summary = await writeDemoLedger(t.ledger, today);
  expect(summary.accounts).toBe(4);
  expect(summary.entries).toBeGreaterThan(150);

  const accounts = await value(t.ledger.invoke('listAccounts', {}));
  expect(new Set(accounts.map((a) => a.currency))).toEqual(new Set(['EUR', 'USD']));
  expect(new Set(accounts.map((a) => a.type))).toEqual(new Set(['checking', 'savings', 'cash']));
  for (const a of accounts) expect(a.balance.minor).toBeGreaterThan(0);

  // Every movement is dated within the past year: backdated against its recording today.
  const page = await value(t.ledger.invoke('timeline', { order: 'date', limit: 1000 }));
  const dates = page.items.map((i) => i.valueDate);
  expect(dates.every((d) => d >= '2025-12-03' && d < today)).toBe(true);
  expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
  expect(t.ledger.verify().ok).toBe(true);

  // It is never written over books that already exist.
  await expect(writeDemoLedger(t.ledger, today)).rejects.toThrow(/empty ledger/);
});
