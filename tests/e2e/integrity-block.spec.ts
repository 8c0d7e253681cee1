// Issue 13: a ledger whose hash chain breaks (an event appended by another program with a made-up
// hash) opens on a blocking screen that says so and offers the backups; restoring one brings the
// books back, writable again.
import Database from 'better-sqlite3';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../../src-main/cli/main';
import { DEFAULT_STATIC_DIR } from '../../src-main/web/build-renderer';
import { startWebServer } from '../../src-main/web/server';

async function cli(db: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--db', db, ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: {},
  });
  if (code !== 0) throw new Error(err.join('\n'));
  return out.join('\n').trim();
}

/** What another program would do: append a copy of the last event with a huge amount and no valid hash. */
function appendForged(path: string): void {
  const d = new Database(path);
  try {
    const last = d.prepare('SELECT * FROM events ORDER BY position DESC LIMIT 1').get() as Record<
      string,
      unknown
    > & {
      position: number;
      version: number;
      data: string;
      hash: string;
    };
    const data = JSON.parse(last.data) as { amount: { minor: number } };
    data.amount.minor = 1_000_000_00;
    const cols = Object.keys(last);
    d.prepare(`INSERT INTO events (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run({
      ...last,
      position: last.position + 1,
      version: last.version + 1,
      event_id: crypto.randomUUID(),
      ...(cols.includes('command_id') ? { command_id: null } : {}),
      data: JSON.stringify(data),
      prev_hash: last.hash,
      hash: 'f'.repeat(64),
    });
    d.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    d.close();
  }
}

test('a broken chain blocks the app on a screen offering the backups; restoring one unblocks it', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-integrity-'));
  const db = join(dir, 'ledger.sqlite');
  const id = await cli(db, 'open-account', '--owner', 'Ann', '--currency', 'EUR');
  await cli(db, 'deposit', id, '100.00');
  await cli(db, 'backup');
  appendForged(db);
  const server = await startWebServer({ dbPath: db, staticDir: DEFAULT_STATIC_DIR });
  try {
    await page.goto(server.url);
    const block = page.getByRole('region', { name: "This ledger's history does not check out" });
    await expect(block).toBeVisible();
    await expect(block.getByRole('alert')).toContainText('changed outside the app at entry 3');
    await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toHaveCount(0);
    // The backups are right there, keyboard first: the screen's heading has the focus.
    await expect(
      page.getByRole('heading', { name: "This ledger's history does not check out" }),
    ).toBeFocused();
    await block
      .getByRole('button', { name: /^Restore/ })
      .first()
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Restore/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
    await expect(block).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('100.00');
    // The broken file was kept byte for byte beside the ledger (it cannot pass a verified backup).
    expect((await readdir(dir)).some((f) => /^ledger\.sqlite\.before-restore-/.test(f))).toBe(true);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
