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

const cli = join(import.meta.dirname, '../../src-main/cli.ts');

function ledger(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, '--db', db, ...args], {
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
      '--currency',
      'EUR',
      '--initial',
      '10.00',
    );
    expect(open.code).toBe(0);
    const { accountId } = JSON.parse(open.out) as { accountId: string };
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
    const plainOpen = ledger(db, 'open-account', '--owner', 'Bob');
    expect(plainOpen.code).toBe(0);
    const bob = plainOpen.out.trim();

    expect(ledger(db, 'deposit', accountId, '100.00').code).toBe(0);
    expect(ledger(db, 'withdraw', accountId, '30.00').code).toBe(0);
    expect(ledger(db, 'transfer', accountId, bob, '5.50').code).toBe(0);

    const balance = ledger(db, '--json', 'balance', accountId);
    expect(JSON.parse(balance.out)).toEqual({ accountId, balance: { minor: 7450, currency: 'EUR' } });

    const accounts = JSON.parse(ledger(db, '--json', 'accounts').out) as Array<Record<string, unknown>>;
    expect(accounts.map((a) => [a.owner, a.currency, a.balance])).toEqual([
      ['Ann', 'EUR', { minor: 7450, currency: 'EUR' }],
      ['Bob', 'EUR', { minor: 550, currency: 'EUR' }],
    ]);
    expect(accounts[0]).toHaveProperty('accountId', accountId);

    const history = JSON.parse(ledger(db, '--json', 'history', accountId).out) as Array<
      Record<string, unknown>
    >;
    expect(history.map((e) => e.eventType)).toEqual([
      'AccountCreated',
      'MoneyDeposited',
      'MoneyWithdrawn',
      'TransferSent',
    ]);
    for (const e of history) {
      for (const k of [
        'eventId',
        'aggregateId',
        'eventType',
        'version',
        'position',
        'timestamp',
        'schemaVersion',
        'data',
      ])
        expect(e).toHaveProperty(k);
    }
    expect(history[1]!.data).toEqual({ amount: { minor: 10000, currency: 'EUR' } });
    expect(JSON.parse(ledger(db, '--json', 'history').out)).toHaveLength(6);

    const human = ledger(db, 'accounts');
    expect(human.out).toMatch(/Ann\s+EUR\s+74\.50\s+open/);
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
