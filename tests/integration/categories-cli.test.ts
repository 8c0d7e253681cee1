// The category, rule, search and report commands through the CLI runner on a real SQLite file:
// exit codes, human lines and the documented JSON shapes.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runLedgerTrimmed } from '../support/cli-runner';
import { tempDir } from '../support/temp-dir';

const cli = runLedgerTrimmed;

describe('categories on the command line', () => {
  it('enters, categorizes, rules, searches and reports', async () => {
    const db = join(tempDir('ledger-cat-'), 'ledger.sqlite');
    const a = (
      await cli(db, 'open-account', '--owner', 'Ann', '--initial', '500', '--value-date', '2026-01-01')
    ).out;
    const w = (...args: string[]) => cli(db, 'withdraw', a, ...args);
    expect(
      (
        await w(
          '12.50',
          '--description',
          'Café Central',
          '--payee',
          'Café Central',
          '--category',
          'Food : Restaurants',
          '--tag',
          'coffee',
          '--tag',
          'work',
          '--value-date',
          '2026-02-03',
        )
      ).code,
    ).toBe(0);
    expect((await w('80', '--description', 'REWE Markt 1', '--value-date', '2026-02-05')).code).toBe(0);

    // Malformed names: exit 2, nothing written.
    for (const bad of [
      ['--category', 'Food::x'],
      ['--category', ''],
      ['--payee', '  '],
      ['--tag', 'a b'],
    ])
      expect((await w('1', ...bad)).code).toBe(2);

    const cats = JSON.parse((await cli(db, '--json', 'categories')).out) as { path: string }[];
    expect(cats.map((c) => c.path)).toContain('Food:Restaurants');

    const rule = (
      await cli(
        db,
        'rule',
        'add',
        '--description-contains',
        'rewe',
        '--category',
        'Food:Groceries',
        '--set-payee',
        'REWE',
      )
    ).out;
    expect(rule).toMatch(/^[0-9a-f-]{36}$/);
    expect((await cli(db, 'rule', 'add', '--category', 'X')).code).toBe(2);
    expect((await cli(db, 'rule', 'list')).out).toContain('description contains "rewe"');
    const dry = JSON.parse((await cli(db, '--json', 'rule', 'apply', rule, '--dry-run')).out) as unknown[];
    expect(dry).toHaveLength(1);
    const applied = JSON.parse((await cli(db, '--json', 'rule', 'apply', rule)).out) as { changed: number };
    expect(applied.changed).toBe(1);
    expect((await cli(db, 'rule', 'apply', rule)).code).toBe(1);

    const hits = JSON.parse((await cli(db, '--json', 'search', 'cafe tag:coffee')).out) as {
      eventId: string;
      category: string;
    }[];
    expect(hits).toHaveLength(1);
    expect(hits[0]!.category).toBe('Food:Restaurants');
    expect((await cli(db, 'search', 'amount:nope')).code).toBe(2);

    expect((await cli(db, 'categorize', hits[0]!.eventId, 'Fun:Coffee')).code).toBe(0);
    expect((await cli(db, 'category', 'rename', 'Fun', 'Leisure')).code).toBe(0);
    expect((await cli(db, 'category', 'move', 'Leisure:Coffee', '--top')).code).toBe(0);
    expect((await cli(db, 'category', 'merge', 'Coffee', 'Food:Restaurants')).code).toBe(0);
    expect((await cli(db, 'category', 'archive', 'Transport')).code).toBe(0);
    expect((await cli(db, 'category', 'fly', 'X')).code).toBe(2);
    expect((await cli(db, 'category', 'rename', 'Nope', 'X')).code).toBe(1);

    const report = JSON.parse(
      (await cli(db, '--json', 'report', 'categories', '--from', '2026-02-01', '--to', '2026-02-28')).out,
    );
    expect(report).toEqual([
      { category: 'Food:Groceries', total: { minor: -8000, currency: 'EUR' } },
      { category: 'Food:Restaurants', total: { minor: -1250, currency: 'EUR' } },
    ]);
    expect((await cli(db, 'report', 'categories', '--from', '2026-02-01')).code).toBe(2);
    const worth = JSON.parse((await cli(db, '--json', 'report', 'net-worth')).out) as { month: string }[];
    expect(worth.map((r) => r.month)).toEqual(['2026-01', '2026-02']);
    expect((await cli(db, 'verify')).code).toBe(0);
  });
});
