// Restore: a damaged or foreign file is refused and the current ledger stays byte-for-byte the
// same; a good one replaces it after the current one was kept as a 'before-restore' backup, and
// the reopened ledger's projections match its log.
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreFile } from '../../src-main/backup/index';
import { verifyBackupFile } from '../../src-main/backup/sqlite/verify-backup-file';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { generateEvents, projectionRows } from '../support/ledger-fixtures';
import {
  checkpoint,
  damagedCopy,
  type Damage,
  safeList,
  sha256,
  sqliteFiles,
} from '../support/backup-helpers';
import { tempDir } from '../support/temp-dir';

/** The verification worker from source: refusals must read the same when checked off-thread. */
const WORKER = resolve(import.meta.dirname, '../../src-main/backup/verify-worker.ts');

async function withLedger(fn: (l: SqliteLedger, dir: string) => Promise<void>, events = 0): Promise<void> {
  const dir = tempDir('ledger-restore-');
  const l = openLedger(join(dir, 'ledger.sqlite'), { synchronous: 'NORMAL' });
  try {
    if (events) generateEvents(l, events, { seed: 11 });
    await fn(l, dir);
  } finally {
    await l.close();
  }
}

describe('restore', () => {
  it('replaces the ledger with the backup, keeps the current one, and the projections match', async () => {
    await withLedger(async (l, dir) => {
      const backup = await l.backups.create('manual');
      const rowsAtBackup = projectionRows(l.storage.db);
      generateEvents(l, 500, { seed: 12, startTime: Date.UTC(2025, 0, 1) });
      const headBefore = l.store.headPosition();
      let changed = 0;
      l.onPush((name) => void (name === 'ledgerChanged' && changed++));

      const r = await l.backups.restore(backup.file);
      expect(r.restoredFrom).toBe(backup.file);
      expect(r.keptAs).toMatch(/-pos001500-before-restore\.sqlite$/);
      expect(l.store.headPosition()).toBe(1000);
      expect(l.store.verify().ok).toBe(true);
      expect(projectionRows(l.storage.db)).toEqual(rowsAtBackup);
      expect(l.verify().ok).toBe(true);
      expect(changed).toBeGreaterThan(0);
      // The kept copy holds everything the ledger had before the restore.
      const kept = verifyBackupFile(r.keptAs);
      expect(kept.ok && kept.facts.headPosition).toBe(headBefore);
      // Nothing temporary is left next to the ledger.
      expect(safeList(dir).filter((n) => n.startsWith('.') && !n.includes('.open-'))).toEqual([]);

      // And the restore can be undone from the list, by name.
      const undo = await l.backups.restore(
        (await l.backups.list()).find((b) => b.kind === 'before-restore')!.name,
      );
      expect(undo.restoredFrom).toBe(r.keptAs);
      expect(l.store.headPosition()).toBe(headBefore);
      expect(l.verify().ok).toBe(true);
    }, 1000);
  });

  it('rebuilds projections that disagree with the restored log', async () => {
    await withLedger(async (l, dir) => {
      const backup = await l.backups.create('manual');
      const expected = projectionRows(l.storage.db);
      // A backup whose read model is wrong (written by a buggy version, say), checkpoints up to date.
      const bad = join(dir, 'bad-projections.sqlite');
      const db = new Database(backup.file);
      db.exec('DELETE FROM balances');
      db.close();
      const { copyFileSync } = await import('node:fs');
      copyFileSync(backup.file, bad);
      const r = await l.backups.restore(bad);
      expect(r.keptAs).toBeTruthy();
      expect(projectionRows(l.storage.db)).toEqual(expected);
      expect(l.verify().ok).toBe(true);
    }, 400);
  });

  it('recreates projections missing from the restored file', async () => {
    await withLedger(async (l, dir) => {
      const backup = await l.backups.create('manual');
      const expected = projectionRows(l.storage.db);
      const bare = join(dir, 'no-projections.sqlite');
      const { copyFileSync } = await import('node:fs');
      copyFileSync(backup.file, bare);
      const db = new Database(bare);
      const tables = db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('events', 'streams', 'snapshots', 'ledger_meta')`,
        )
        .pluck()
        .all() as string[];
      // IF EXISTS: dropping an FTS5 table drops its own tables (movements_fts_data, ...) with it.
      for (const t of tables) db.exec(`DROP TABLE IF EXISTS ${t}`);
      db.close();
      await l.backups.restore(bare);
      expect(projectionRows(l.storage.db)).toEqual(expected);
      expect(l.verify().ok).toBe(true);
    }, 300);
  });

  const damages: Array<[Damage, string, RegExp]> = [
    ['truncated', 'file_truncated', /truncated/],
    ['flipped-event-byte', 'chain_broken', /hash chain is broken: Event at position \d+ was altered/],
    ['not-a-ledger', 'not_a_ledger', /not a ledger/],
    ['garbage', 'file_corrupt', /not a SQLite database/],
    ['newer-schema', 'schema_newer', /newer version of this app/],
  ];

  it.each(damages)(
    'refuses a %s file and leaves the ledger byte-for-byte unchanged',
    async (kind, reason, message) => {
      await withLedger(async (l, dir) => {
        l.backups.configure({ verifyWorkerPath: WORKER });
        const good = await l.backups.create('manual');
        generateEvents(l, 50, { seed: 13 });
        const damaged = join(dir, `damaged-${kind}.sqlite`);
        damagedCopy(good.file, damaged, kind);
        const damagedHash = sha256(damaged);
        checkpoint(l.storage.db);
        const before = sha256(l.path);
        const backupsBefore = safeList(join(dir, 'backups'));

        const e = await l.backups.restore(damaged).catch((x: unknown) => x);
        expect(e).toMatchObject({ code: 'io', reason });
        expect((e as Error).message).toMatch(message);
        expect((e as Error).message).toMatch(/The current ledger was not changed/);

        checkpoint(l.storage.db);
        expect(sha256(l.path)).toBe(before);
        expect(sha256(damaged)).toBe(damagedHash); // the offered file is not touched either
        expect(l.store.headPosition()).toBe(350);
        // No before-restore backup was taken, no staged copy left behind.
        expect(safeList(join(dir, 'backups'))).toEqual(backupsBefore);
        expect(safeList(dir).filter((n) => n.startsWith('.') && !n.includes('.open-'))).toEqual([]);
      }, 300);
    },
  );

  it('refuses a missing file and the ledger file itself', async () => {
    await withLedger(async (l, dir) => {
      await expect(l.backups.restore(join(dir, 'nope.sqlite'))).rejects.toMatchObject({
        reason: 'file_missing',
      });
      await expect(l.backups.restore(l.path)).rejects.toMatchObject({ reason: 'same_file' });
    }, 10);
  });

  it('restores over a ledger that cannot be opened, keeping the damaged file aside', async () => {
    const dir = tempDir('ledger-restore-');
    const path = join(dir, 'ledger.sqlite');
    const l = openLedger(path);
    generateEvents(l, 200, { seed: 14 });
    const good = await l.backups.create('manual');
    await l.close();
    writeFileSync(path, 'this is not a database anymore');
    expect(() => openLedger(path)).toThrow(/damaged/);

    const r = await restoreFile(path, good.file);
    expect(r.keptAs && existsSync(r.keptAs)).toBe(true);
    const reopened = openLedger(path);
    expect(reopened.store.count()).toBe(200);
    expect(reopened.verify().ok).toBe(true);
    await reopened.close();
    expect(sqliteFiles(dir)).toEqual(['ledger.sqlite']);
  });
});
