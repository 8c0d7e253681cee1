// Backups on real files: a consistent, verified copy while commands keep running; a clear error
// and no backup-looking file when the disk is full or read-only; backup only when something
// changed; on quit; before a migration; rotation applied after automatic backups.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../../src-shared/errors';
import { backupBeforeMigration } from '../../src-main/backup/index';
import { parseBackupName } from '../../src-main/backup/backup-name';
import { readSidecar } from '../../src-main/backup/sidecar';
import { verifyBackupFile } from '../../src-main/backup/sqlite/verify-backup-file';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { generateEvents } from '../support/ledger-fixtures';
import { failingOps, safeList, sqliteFiles } from '../support/backup-helpers';
import { tempDir } from '../support/temp-dir';

async function withLedger(fn: (l: SqliteLedger, dir: string) => Promise<void>, events = 0): Promise<void> {
  const dir = tempDir('ledger-backup-');
  const l = openLedger(join(dir, 'ledger.sqlite'), { synchronous: 'NORMAL' });
  try {
    if (events) generateEvents(l, events, { seed: 7 });
    await fn(l, dir);
  } finally {
    await l.close();
  }
}

async function openAccount(l: SqliteLedger): Promise<string> {
  const r = await l.invoke('openAccount', {
    commandId: `open-${Math.random()}`,
    owner: 'Ann',
    currency: 'EUR',
    openingBalance: '10.00',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.accountId;
}

const hashAt = (l: SqliteLedger, position: number) =>
  l.storage.db.prepare('SELECT hash FROM events WHERE position = ?').pluck().get(position) as
    string | undefined;

describe('back up now', () => {
  it('writes a verified, self-contained copy named by kind, time and position, with its record', async () => {
    await withLedger(async (l, dir) => {
      const info = await l.backups.create('manual');
      expect(info.kind).toBe('manual');
      expect(info.verified).toBe('ok');
      expect(info.eventCount).toBe(2000);
      expect(info.headPosition).toBe(2000);
      expect(info.name).toMatch(/^ledger-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-pos002000-manual\.sqlite$/);
      expect(info.file).toBe(join(dir, 'backups', info.name));
      expect(parseBackupName(info.name)).toMatchObject({
        headPosition: 2000,
        kind: 'manual',
        stem: 'ledger',
      });
      // One backup and its record; no partial files, no -wal/-shm next to the copy.
      // Beside the ledger's rollback record (the last head it saw, kept outside the file).
      expect(safeList(join(dir, 'backups')).filter((n) => !n.endsWith('.last-head.json'))).toEqual([
        info.name,
        `${info.name}.json`,
      ]);
      const record = readSidecar(info.file)!;
      expect(record).toMatchObject({ verified: 'ok', eventCount: 2000, headHash: hashAt(l, 2000) });
      expect(verifyBackupFile(info.file).ok).toBe(true);
      expect(await l.backups.list()).toEqual([info]);
    }, 2000);
  });

  it.each([
    ['in this thread', null],
    ['in a worker thread', resolve(import.meta.dirname, '../../src-main/backup/verify-worker.ts')],
  ])(
    'holds a prefix of the log that verifies (%s) while another loop keeps executing commands',
    async (_, worker) => {
      await withLedger(async (l) => {
        l.backups.configure({ verifyWorkerPath: worker });
        const accountId = await openAccount(l);
        let stop = false;
        let commands = 0;
        const writer = (async () => {
          while (!stop) {
            // A macrotask turn between commands, as UI events would give: the backup steps interleave.
            await new Promise((r) => setImmediate(r));
            const r = await l.invoke('deposit', {
              commandId: `dep-${commands}-xxxxxxxx`,
              accountId,
              amount: '1.00',
            });
            if (!r.ok) throw new Error(r.error.message);
            commands++;
          }
        })();
        const before = l.store.headPosition();
        // Small steps make the copy take many turns, so commands land in the middle of it.
        l.backups.configure({ pagesPerStep: 8 });
        const info = await l.backups.create('manual');
        const duringOrAfter = commands;
        stop = true;
        await writer;
        expect(duringOrAfter).toBeGreaterThan(0);
        expect(info.verified).toBe('ok');
        expect(info.headPosition).toBeGreaterThan(before);
        expect(info.headPosition).toBeLessThanOrEqual(l.store.headPosition());
        const check = verifyBackupFile(info.file);
        expect(check.ok).toBe(true);
        if (!check.ok) return;
        // A prefix of the current log: same count as its head, same hash at that position.
        expect(check.facts.eventCount).toBe(info.headPosition);
        expect(check.facts.headHash).toBe(hashAt(l, info.headPosition));
        expect(readSidecar(info.file)?.verifiedIn).toBe(worker ? 'worker' : 'main');
      }, 20_000);
    },
  );

  it('writes to a folder or a file path given as DEST; an existing file is refused', async () => {
    await withLedger(async (l, dir) => {
      const folder = join(dir, 'elsewhere');
      mkdirSync(folder);
      const a = await l.backups.create('manual', { dest: folder });
      expect(a.file.startsWith(folder)).toBe(true);
      const b = await l.backups.create('manual', { dest: join(dir, 'mine.sqlite') });
      expect(b.file).toBe(join(dir, 'mine.sqlite'));
      expect(verifyBackupFile(b.file).ok).toBe(true);
      await expect(l.backups.create('manual', { dest: join(dir, 'mine.sqlite') })).rejects.toMatchObject({
        code: 'io',
        reason: 'file_exists',
      });
      // Custom destinations are not part of the managed folder.
      expect(await l.backups.list()).toEqual([]);
    }, 50);
  });
});

describe('a destination that cannot be written', () => {
  const noBackupLeft = (dir: string) => {
    for (const d of [dir, join(dir, 'backups')]) {
      expect(sqliteFiles(d).filter((n) => n !== 'ledger.sqlite')).toEqual([]);
      expect(safeList(d).filter((n) => n.includes('partial'))).toEqual([]);
    }
  };

  it('a full disk during the copy: disk_full, and the partial file is removed', async () => {
    await withLedger(async (l, dir) => {
      l.backups.configure({
        copy: async (_db, tmp) => {
          writeFileSync(tmp, Buffer.alloc(8192, 1)); // half-written, then the disk fills up
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      });
      const e = await l.backups.create('manual').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(LedgerError);
      expect(e).toMatchObject({ code: 'io', reason: 'disk_full' });
      expect((e as Error).message).toMatch(/disk is full/);
      noBackupLeft(dir);
    }, 100);
  });

  it('a full disk when the record or the final name is written: disk_full, nothing left', async () => {
    await withLedger(async (l, dir) => {
      for (const step of ['writeFile', 'rename', 'fsync'] as const) {
        l.backups.configure({ ops: failingOps('ENOSPC', [step]) });
        await expect(l.backups.create('manual')).rejects.toMatchObject({ code: 'io', reason: 'disk_full' });
        noBackupLeft(dir);
      }
    }, 100);
  });

  it('a read-only disk: file_readonly, nothing left', async () => {
    await withLedger(async (l, dir) => {
      l.backups.configure({ ops: failingOps('EROFS', ['mkdir']) });
      await expect(l.backups.create('manual')).rejects.toMatchObject({ code: 'io', reason: 'file_readonly' });
      l.backups.configure({ ops: failingOps('EROFS', ['writeFile']) });
      await expect(l.backups.create('manual')).rejects.toMatchObject({ code: 'io', reason: 'file_readonly' });
      noBackupLeft(dir);
    }, 100);
  });

  it('a destination under a regular file (ENOTDIR, real, works as root): clear error, nothing left', async () => {
    await withLedger(async (l, dir) => {
      const blocker = join(dir, 'not-a-folder');
      writeFileSync(blocker, 'x');
      const e = await l.backups.create('manual', { dest: join(blocker, 'sub', 'b.sqlite') }).catch((x) => x);
      expect(e).toMatchObject({ code: 'io', reason: 'not_a_directory' });
      expect(readFileSync(blocker, 'utf8')).toBe('x');
      l.backups.configure({ dir: join(blocker, 'backups') });
      await expect(l.backups.create('manual')).rejects.toMatchObject({ code: 'io' });
      noBackupLeft(dir);
    }, 100);
  });
});

describe('automatic backups', () => {
  it("pushes 'backupFinished' with the backup's info", async () => {
    await withLedger(async (l) => {
      const pushed: unknown[] = [];
      l.onPush((name, payload) => void (name === 'backupFinished' && pushed.push(payload)));
      const info = await l.backups.create('manual');
      expect(pushed).toEqual([info]);
    }, 20);
  });

  it('the schedule does not keep the process alive', () => {
    const dir = tempDir('ledger-backup-');
    const started = Date.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        resolve(import.meta.dirname, '../support/backup-idle-child.ts'),
        join(dir, 'l.sqlite'),
      ],
      { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 50_000 },
    );
    expect(r.stdout).toBe('started 60000\n');
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(50_000); // exited by itself, long before the 60 s timer
  });

  it('when the schedule starts, temporary files a crash left behind (and only old ones) are removed', async () => {
    await withLedger(async (l, dir) => {
      mkdirSync(join(dir, 'backups'), { recursive: true });
      const old = [
        join(dir, 'backups', '.ledger.backup.partial-0123abcd'),
        join(dir, '.ledger.sqlite.restore-89abcdef'),
      ];
      const young = join(dir, 'backups', '.ledger.backup.partial-feedbeef');
      for (const f of [...old, young]) writeFileSync(f, 'x');
      for (const f of old)
        utimesSync(f, new Date(Date.now() - 7 * 3_600_000), new Date(Date.now() - 7 * 3_600_000));
      l.backups.start();
      await l.backups.stop();
      for (const f of old) expect(existsSync(f)).toBe(false);
      expect(existsSync(young)).toBe(true);
    });
  });

  it('back up only when the log changed since the last backup', async () => {
    await withLedger(async (l) => {
      expect(await l.backups.backupIfChanged()).toBeNull(); // empty ledger: nothing to keep
      const id = await openAccount(l);
      const first = await l.backups.backupIfChanged();
      expect(first?.kind).toBe('auto');
      expect(await l.backups.backupIfChanged()).toBeNull();
      await l.invoke('deposit', { commandId: 'dep-0000000001', accountId: id, amount: '5.00' });
      expect((await l.backups.backupIfChanged())?.headPosition).toBe(first!.headPosition + 1);
      // A manual backup counts too.
      await l.invoke('deposit', { commandId: 'dep-0000000002', accountId: id, amount: '5.00' });
      await l.backups.create('manual');
      expect(await l.backups.backupIfChanged()).toBeNull();
    });
  });

  it('the schedule runs on its interval, never overlaps, and stops', async () => {
    await withLedger(async (l) => {
      const id = await openAccount(l);
      let running = 0;
      let maxRunning = 0;
      let runs = 0;
      l.backups.configure({
        intervalMs: 20,
        copy: async (storage, tmp) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((r) => setTimeout(r, 60)); // slower than the interval
          await storage.copyTo(tmp);
          running--;
          runs++;
        },
      });
      l.backups.start();
      for (let i = 0; i < 6; i++) {
        await l.invoke('deposit', { commandId: `dep-sched-${i}-xxxx`, accountId: id, amount: '1.00' });
        await new Promise((r) => setTimeout(r, 50));
      }
      await l.backups.stop();
      const after = runs;
      expect(after).toBeGreaterThan(0);
      expect(maxRunning).toBe(1);
      await new Promise((r) => setTimeout(r, 100));
      expect(runs).toBe(after);
      expect((await l.backups.list()).every((b) => b.kind === 'auto' && b.verified === 'ok')).toBe(true);
    });
  });

  it('on quit, when something changed', async () => {
    const dir = tempDir('ledger-backup-');
    const path = join(dir, 'ledger.sqlite');
    const l = openLedger(path);
    await openAccount(l);
    await l.close({ backupOnQuit: true });
    const names = sqliteFiles(join(dir, 'backups'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/-pos000001-on-quit\.sqlite$/);
    // Nothing changed since: no second one.
    const again = openLedger(path);
    await again.close({ backupOnQuit: true });
    expect(sqliteFiles(join(dir, 'backups'))).toHaveLength(1);
  });

  it('before a schema migration, synchronously, with VACUUM INTO on the given connection', async () => {
    await withLedger(async (l, dir) => {
      backupBeforeMigration(l.storage.db, l.path, 1);
      const [name] = sqliteFiles(join(dir, 'backups'));
      expect(name).toMatch(/-pos000300-before-migration\.sqlite$/);
      const check = verifyBackupFile(join(dir, 'backups', name!));
      expect(check.ok && check.facts.eventCount).toBe(300);
      expect(readSidecar(join(dir, 'backups', name!))?.verified).toBe('ok');
    }, 300);
  });

  it('rotation runs after each automatic backup and keeps protected kinds', async () => {
    await withLedger(async (l) => {
      const id = await openAccount(l);
      let clock = Date.UTC(2026, 0, 1);
      l.backups.configure({
        now: () => new Date(clock),
        policy: {
          recentHours: 24,
          recentMax: 3,
          dailyDays: 0,
          monthlyMonths: 0,
          protectedKinds: ['before-restore'],
        },
      });
      await l.backups.create('before-restore');
      for (let i = 0; i < 6; i++) {
        clock += 60_000;
        await l.invoke('deposit', { commandId: `dep-rot-${i}-xxxxx`, accountId: id, amount: '1.00' });
        await l.backups.backupIfChanged();
      }
      const list = await l.backups.list();
      expect(list.map((b) => b.kind)).toEqual(['auto', 'auto', 'auto', 'before-restore']);
      expect(list.map((b) => b.headPosition)).toEqual([7, 6, 5, 1]);
      for (const b of list) expect(existsSync(`${b.file}.json`)).toBe(true);
    });
  });
});

describe('verification', () => {
  it('falls back to this thread when the verification worker cannot start', async () => {
    await withLedger(async (l, dir) => {
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        l.backups.configure({ verifyWorkerPath: join(dir, 'missing-worker.js') });
        const info = await l.backups.create('manual');
        expect(info.verified).toBe('ok');
        expect(readSidecar(info.file)?.verifiedIn).toBe('main');
      } finally {
        console.warn = warn;
      }
    }, 30);
  });

  it('a copy that does not match the source at the moment of the copy is refused and removed', async () => {
    await withLedger(async (l, dir) => {
      l.backups.configure({
        // Copies an older state than the source has now: the facts read after the copy differ.
        copy: async (storage, tmp) => {
          const old = join(dir, 'old.sqlite');
          if (!existsSync(old)) await storage.copyTo(old);
          const src = new Database(old, { readonly: true });
          await src.backup(tmp);
          src.close();
        },
      });
      const first = await l.backups.create('manual'); // old.sqlite is the current state: fine
      generateEvents(l, 10, { seed: 3 });
      const e = await l.backups.create('manual').catch((x) => x);
      expect(e).toMatchObject({ code: 'io', reason: 'backup_unverified' });
      expect((e as Error).message).toMatch(/holds 50 events up to position 50, but the ledger had 60/);
      expect(sqliteFiles(join(dir, 'backups'))).toEqual([first.name]);
      expect(safeList(join(dir, 'backups')).filter((n) => n.includes('partial'))).toEqual([]);
    }, 50);
  });
});
