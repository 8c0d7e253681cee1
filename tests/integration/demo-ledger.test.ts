// The demo ledger a newcomer opens: a year of household books in two currencies, written through
// the ledger's own commands, every entry in the past and so recorded after its value date.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
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

it('"Open the demo ledger" needs a host that can switch files: the CLI has none and says where it works', async () => {
  t = tempLedger();
  const r = await t.ledger.invoke('openDemoLedger', {});
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.message).toContain('npm run web -- --demo');
  expect(t.ledger.store.headPosition()).toBe(0);
});

it('browser mode switches to a new demo file and serves it; the first file is closed, not written', async () => {
  const { startWebServer } = await import('../../src-main/web/server');
  const { isDemoLedgerPath } = await import('../../src-main/demo-ledger-file');
  t = tempLedger();
  const own = t.path;
  await t.ledger.close();
  const server = await startWebServer({ dbPath: own, staticDir: '/nonexistent' });
  let demoDir: string | null = null;
  try {
    const r = await server.ledger.invoke('openDemoLedger', {});
    expect(r.ok).toBe(true);
    demoDir = dirname(server.ledger.path);
    expect(isDemoLedgerPath(server.ledger.path)).toBe(true);
    expect(isDemoLedgerPath(own)).toBe(false);
    expect((await value(server.ledger.invoke('listAccounts', {}))).length).toBe(4);
  } finally {
    await server.close();
    if (demoDir) rmSync(demoDir, { recursive: true, force: true });
  }
});
