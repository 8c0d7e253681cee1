// The CLI as a user runs it: a child process, exit codes, stdout JSON, stderr messages, and
// nothing written on a non-zero exit.
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerError } from '../../src-shared/errors';
import { runCli } from '../../src-main/cli/main';
import { SqliteEventStore } from '../../src-main/eventstore/sqlite/sqlite-event-store';
import { tempDir } from '../support/temp-dir';

// What `npm run ledger` runs: the bundle in out/cli, built first when missing or stale.
const launcher = join(import.meta.dirname, '../../scripts/launch.mjs');

function ledger(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, 'ledger', '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LEDGER_DB: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ledger CLI', () => {
  it('opens, moves money and reports in JSON with the documented shapes and exit codes', () => {
    const db = join(tempDir(), 'cli.sqlite');
    const open = ledger(
      db,
      '--json',
      'open-account',
      '--owner',
      'Ann',
      '--name',
      'Household',
      '--type',
      'checking',
      '--currency',
      'EUR',
      '--initial',
      '10.00',
      '--value-date',
      '2026-03-01',
    );
    expect(open.code).toBe(0);
    const { accountId } = JSON.parse(open.out) as { accountId: string };
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
    const plainOpen = ledger(db, 'open-account', '--owner', 'Bob', '--value-date', '2026-01-01');
    expect(plainOpen.code).toBe(0);
    const bob = plainOpen.out.trim();

    // Typed out of order: the books read them by value date.
    expect(ledger(db, 'deposit', accountId, '100.00', '--value-date', '2026-04-10').code).toBe(0);
    expect(ledger(db, 'withdraw', accountId, '30.00', '--value-date', '2026-03-15').code).toBe(0);
    expect(ledger(db, 'transfer', accountId, bob, '5.50', '--value-date', '2026-05-01').code).toBe(0);
    const early = ledger(db, 'deposit', accountId, '1', '--value-date', '2026-02-01');
    expect(early.code).toBe(1);
    expect(early.err).toMatch(
      /^error: The account "Household" opened on 2026-03-01; an entry cannot be dated 2026-02-01/,
    );
    expect(ledger(db, 'set-opening-date', accountId, '2026-02-01').code).toBe(0);
    expect(ledger(db, 'deposit', accountId, '1', '--value-date', '2026-02-01').code).toBe(0);

    const balance = ledger(db, '--json', 'balance', accountId);
    // Never reconciled: nothing cleared yet, the whole balance uncleared.
    expect(JSON.parse(balance.out)).toEqual({
      accountId,
      balance: { minor: 7550, currency: 'EUR' },
      cleared: { minor: 0, currency: 'EUR' },
      uncleared: { minor: 7550, currency: 'EUR' },
      reconciledOn: null,
    });

    const accounts = JSON.parse(ledger(db, '--json', 'accounts').out) as Array<Record<string, unknown>>;
    expect(accounts.map((a) => [a.name, a.type, a.owner, a.currency, a.balance])).toEqual([
      ['Bob', 'other', 'Bob', 'EUR', { minor: 550, currency: 'EUR' }],
      ['Household', 'checking', 'Ann', 'EUR', { minor: 7550, currency: 'EUR' }],
    ]);
    expect(accounts[1]).toHaveProperty('accountId', accountId);

    const history = JSON.parse(ledger(db, '--json', 'history', accountId).out) as Array<{
      eventType: string;
      valueDate: string;
      balanceAfter: { minor: number };
    }>;
    expect(history.map((e) => [e.valueDate, e.eventType, e.balanceAfter.minor])).toEqual([
      ['2026-02-01', 'AccountCreated', 1000],
      ['2026-02-01', 'AccountOpeningDateSet', 1000],
      ['2026-02-01', 'MoneyDeposited', 1100],
      ['2026-03-15', 'MoneyWithdrawn', -1900],
      ['2026-04-10', 'MoneyDeposited', 8100],
      ['2026-05-01', 'TransferSent', 7550],
    ]);
    expect(JSON.parse(ledger(db, '--json', 'history').out)).toHaveLength(8);

    const monthly = JSON.parse(ledger(db, '--json', 'monthly', accountId).out) as Array<{
      month: string;
      closingBalance: { minor: number };
    }>;
    expect(monthly.map((m) => [m.month, m.closingBalance.minor])).toEqual([
      ['2026-02', 1100],
      ['2026-03', -1900],
      ['2026-04', 8100],
      ['2026-05', 7550],
    ]);
    const asOf = (...a: string[]) =>
      JSON.parse(ledger(db, '--json', 'as-of', ...a).out) as {
        accounts: Array<{ accountId: string; balance: { minor: number } }>;
      };
    expect(asOf('--date', '2026-03-31').accounts.map((a) => [a.accountId, a.balance.minor])).toEqual([
      [bob, 0],
      [accountId, -1900],
    ]);
    expect(asOf('--date', '2026-01-31').accounts.map((a) => a.accountId)).toEqual([bob]);
    // As known before anything was recorded: no accounts at all.
    expect(asOf('--date', '2026-03-31', '--known-at', '2000-01-01T00:00:00Z').accounts).toEqual([]);

    const human = ledger(db, 'accounts');
    expect(human.out).toMatch(/Household\s+Ann\s+checking\s+EUR\s+75\.50\s+2026-02-01\s+open/);
  });

  it('exits 1 on a rule, 2 on bad input, 4 on a bad file, and writes nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'cli.sqlite');
    const id = ledger(db, 'open-account', '--owner', 'Ann', '--initial', '12.00').out.trim();
    const before = ledger(db, '--json', 'history').out;

    const rule = ledger(db, 'withdraw', id, '30.00');
    expect(rule.code).toBe(1);
    expect(rule.err).toContain('Insufficient funds: balance 12.00 EUR, withdrawal 30.00 EUR');
    expect(rule.out).toBe('');

    for (const args of [
      ['deposit', id, '1.234'],
      ['deposit', id, '-1'],
      ['deposit', id, 'abc'],
      ['deposit', id],
      ['deposit', '70000000-0000-4000-8000-000000000999', '1'],
      ['frobnicate'],
      ['open-account'],
      ['deposit', id, '1', '--bogus', 'x'],
    ]) {
      const r = ledger(db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^error: /);
    }
    expect(ledger(db, '--json', 'history').out).toBe(before);

    const notLedger = join(dir, 'notes.txt');
    writeFileSync(notLedger, 'hello');
    const bad = ledger(notLedger, 'accounts');
    expect(bad.code).toBe(4);
    expect(bad.err).toContain('not a SQLite database');
    expect(readFileSync(notLedger, 'utf8')).toBe('hello');
  });

  it('applies a repeated --command-id once', () => {
    const db = join(tempDir(), 'cli.sqlite');
    const id = ledger(db, 'open-account', '--owner', 'Ann', '--initial', '12.00').out.trim();
    expect(ledger(db, 'deposit', id, '1.00', '--command-id', 'retry-me-123').code).toBe(0);
    const again = ledger(db, '--json', 'deposit', id, '1.00', '--command-id', 'retry-me-123');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ duplicate: true });
    expect(JSON.parse(ledger(db, '--json', 'balance', id).out).balance.minor).toBe(1300);
  });

  it('exits 3 when a concurrency conflict outlasts the retries', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    const id = ledger(db, 'open-account', '--owner', 'Ann').out.trim();
    const spy = vi.spyOn(SqliteEventStore.prototype, 'appendMany').mockImplementation(() => {
      throw new LedgerError('conflict', 'Stream changed meanwhile', 'wrong_expected_version');
    });
    const err: string[] = [];
    try {
      const code = await runCli(['--db', db, 'deposit', id, '1'], {
        out: () => {},
        err: (t) => err.push(t),
        env: {},
      });
      expect(code).toBe(3);
      expect(err[0]).toBe('error: Stream changed meanwhile');
    } finally {
      spy.mockRestore();
    }
  });

  it('rebuilds with progress on stderr and verifies', () => {
    const db = join(tempDir(), 'cli.sqlite');
    ledger(db, 'open-account', '--owner', 'Ann', '--initial', '12.00');
    const r = ledger(db, 'rebuild');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/rebuild: 1\/1 events \(100%\)/);
    expect(ledger(db, 'rebuild', '--projection', 'timeline').code).toBe(0);
    expect(ledger(db, 'rebuild', '--projection', 'nope').code).toBe(2);
    const v = ledger(db, 'verify');
    expect(v.code).toBe(0);
    expect(v.out).toContain('All 1 events verified');
  });
});
