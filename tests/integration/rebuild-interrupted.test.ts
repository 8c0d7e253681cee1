// A rebuild that does not finish: cancelled, killed (SIGKILL of a child process), stopped by an
// error, or cut short by closing the ledger. Each time the old read model is intact and usable,
// no shadow table is left behind for long, and a new rebuild succeeds.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RebuildStatus } from '../../src-shared/contract';
import { Ledger, type SqliteLedger } from '../../src-main/ledger';
import { liveNames } from '../../src-main/projections/sqlite/projection';
import { REBUILD_PAUSE_MS, rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import { allProjections } from '../../src-main/projections/sqlite/registry';
import {
  foldBalances,
  generateEvents,
  projectionRows,
  shadowTables,
  tempLedger,
  type TempLedger,
} from '../support/ledger-fixtures';

const EVENTS = 40_000;
let base: TempLedger;
let accountIds: string[];
let baseRows: Record<string, unknown[]>;
let n = 0;

beforeAll(async () => {
  base = tempLedger();
  accountIds = generateEvents(base.ledger, EVENTS, { accounts: 300, seed: 99 }).accountIds;
  baseRows = projectionRows(base.ledger.storage.db);
  await base.ledger.close();
}, 120_000); // generating the log on a busy machine can take longer than the default hook timeout
afterAll(() => base.dispose());

/** A copy of the prepared ledger file, opened. */
function copy(): { path: string; ledger: SqliteLedger; rm: () => Promise<void> } {
  const path = join(base.dir, `copy-${n++}.ledger`);
  copyFileSync(base.path, path);
  const c = {
    path,
    ledger: Ledger.open(path, { synchronous: 'NORMAL' }),
    rm: async () => {
      await c.ledger.close();
      for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    },
  };
  return c;
}

/** Resolves with the first running push that shows progress. */
const firstProgress = (ledger: SqliteLedger) =>
  new Promise<RebuildStatus>((done) => {
    const off = ledger.onPush((name, p) => {
      const s = p as RebuildStatus;
      if (name === 'rebuildProgress' && s.state === 'running' && s.done > 0) {
        off();
        done(s);
      }
    });
  });

async function deposit(ledger: SqliteLedger, id: string, amount = '3.00') {
  return ledger.invoke('deposit', { commandId: `dep-${id}-${n++}`, accountId: accountIds[0]!, amount });
}

describe('cancel', () => {
  it('stops the rebuild, keeps the old read model usable, leaves no shadow tables; a new rebuild succeeds', async () => {
    const c = copy();
    try {
      const { ledger } = c;
      const statuses: RebuildStatus[] = [];
      ledger.onPush((name, p) => name === 'rebuildProgress' && statuses.push(p as RebuildStatus));
      const progress = firstProgress(ledger);
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      const p = await progress;
      expect(p.done).toBeLessThan(p.total);
      const cancelled = await ledger.invoke('cancelRebuild', {});
      expect(cancelled.ok).toBe(true);
      const end = await ledger.rebuilds.whenDone();
      expect(end.state).toBe('cancelled');
      expect(end.error).toBeNull();
      expect(end.finishedAt).not.toBeNull();
      expect((await ledger.invoke('rebuildStatus', {})).ok && ledger.rebuilds.status().state).toBe(
        'cancelled',
      );
      expect(statuses.at(-1)!.state).toBe('cancelled');

      // Old read model: same rows, no shadows, queries and commands work.
      expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
      expect(shadowTables(ledger.storage.db)).toEqual([]);
      expect((await deposit(ledger, 'after-cancel')).ok).toBe(true);
      const list = await ledger.invoke('listAccounts', {});
      expect(list.ok && list.value.length).toBe(accountIds.length);

      // A new rebuild runs to the end.
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      const again = await ledger.rebuilds.whenDone();
      expect(again.state).toBe('done');
      expect(again.verification).toEqual({ ok: true, differences: [] });
      expect(again.done).toBe(EVENTS + 1);
      expect(shadowTables(ledger.storage.db)).toEqual([]);
    } finally {
      await c.rm();
    }
  });

  it('cancel when nothing runs changes nothing', async () => {
    const c = copy();
    try {
      const r = await c.ledger.invoke('cancelRebuild', {});
      expect(r.ok && r.value.state).toBe('idle');
      expect(projectionRows(c.ledger.storage.db)).toEqual(baseRows);
    } finally {
      await c.rm();
    }
  });
});

describe('kill', () => {
  it('SIGKILL of a process mid-rebuild: the ledger opens with the old read model, verifies, and rebuilds', async () => {
    const c = copy();
    await c.ledger.close(); // the child has the file to itself
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, '../support/rebuild-child.ts'), c.path, '5000'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exit = new Promise<NodeJS.Signals | number | null>((done) =>
        child.on('exit', (code, signal) => done(signal ?? code)),
      );
      await new Promise<void>((done, fail) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (/^progress \d+ \d+$/m.test(out)) {
            child.kill('SIGKILL');
            done();
          }
        });
        child.on('exit', () => fail(new Error(`child ended before any progress: ${out} ${err}`)));
      });
      expect(await exit).toBe('SIGKILL');
      expect(out).not.toMatch(/^done/m);

      const ledger = Ledger.open(c.path, { synchronous: 'NORMAL' });
      try {
        // Killed mid-way indeed: the shadow tables of its committed batches are still there.
        expect(shadowTables(ledger.storage.db).length).toBeGreaterThan(0);
        expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
        const report = ledger.verify();
        expect(report.ok).toBe(true);
        expect(report.chain.checked).toBe(EVENTS);
        expect((await deposit(ledger, 'after-kill')).ok).toBe(true);
        // The killed run's shadow tables remain until the next rebuild, which drops them first.
        const r = rebuildProjections(ledger.storage.db, ledger.store);
        expect(r.differences).toEqual([]);
        expect(r.done).toBe(EVENTS + 1);
        expect(shadowTables(ledger.storage.db)).toEqual([]);
        const rows = ledger.storage.db.prepare('SELECT account_id, balance_minor FROM balances').raw().all();
        expect(new Map(rows as Array<[string, number]>)).toEqual(foldBalances(ledger.store));
      } finally {
        await ledger.close();
      }
    } finally {
      for (const s of ['', '-wal', '-shm']) rmSync(c.path + s, { force: true });
    }
  });

  it('a kill leaves shadow tables that a new rebuild drops (leftovers do not block it)', async () => {
    const c = copy();
    try {
      // What a killed rebuild can leave: committed shadow batches, with their tagged indexes.
      // (Tagged names per run; the untagged ones are what earlier versions left.)
      c.ledger.storage.db
        .exec(`CREATE TABLE timeline__shadow_deadbeef (position INTEGER PRIMARY KEY, junk TEXT);
        CREATE INDEX timeline__shadow_deadbeef_account_deadbeef ON timeline__shadow_deadbeef (junk);
        CREATE TABLE monthly_totals__shadow_0badf00d (x);
        CREATE TABLE timeline__shadow (position INTEGER PRIMARY KEY, junk TEXT);
        CREATE TABLE balances__shadow (account_id TEXT PRIMARY KEY) WITHOUT ROWID;
        INSERT INTO balances__shadow VALUES ('leftover');`);
      expect(shadowTables(c.ledger.storage.db)).toHaveLength(4);
      // verify (a dry run) leaves them: they could belong to a rebuild running elsewhere.
      expect(c.ledger.verify().ok).toBe(true);
      expect(shadowTables(c.ledger.storage.db)).toHaveLength(4);
      expect(projectionRows(c.ledger.storage.db)).toEqual(baseRows);
      expect((await c.ledger.invoke('startRebuild', {})).ok).toBe(true);
      const s = await c.ledger.rebuilds.whenDone();
      expect(s.state).toBe('done');
      expect(s.verification?.ok).toBe(true);
      expect(shadowTables(c.ledger.storage.db)).toEqual([]);
      expect(projectionRows(c.ledger.storage.db)).toEqual(baseRows);
    } finally {
      await c.rm();
    }
  });

  it('closing the ledger mid-rebuild stops the worker; the file reopens with the old read model', async () => {
    const c = copy();
    try {
      const progress = firstProgress(c.ledger);
      expect((await c.ledger.invoke('startRebuild', {})).ok).toBe(true);
      await progress;
      await c.ledger.close();
      const ledger = Ledger.open(c.path, { synchronous: 'NORMAL' });
      try {
        expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
        expect(ledger.rebuilds.status().state).toBe('idle');
        expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
        expect((await ledger.rebuilds.whenDone()).state).toBe('done');
        expect(shadowTables(ledger.storage.db)).toEqual([]);
      } finally {
        await ledger.close();
      }
    } finally {
      await c.rm();
    }
  });
});

describe('error', () => {
  /** Rewrites one stored event's data (the log is immutable: only a test does this). */
  function corrupt(path: string, position: number, data: string): void {
    const db = new Database(path);
    try {
      const trigger = db
        .prepare(`SELECT sql FROM sqlite_schema WHERE name = 'events_are_immutable'`)
        .pluck()
        .get() as string;
      db.exec('DROP TRIGGER events_are_immutable');
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(data, position);
      db.exec(trigger);
    } finally {
      db.close();
    }
  }

  it('a projection writer that throws mid-way fails the worker rebuild visibly; the old read model stays', async () => {
    const c = copy();
    try {
      await c.ledger.close();
      // Valid JSON without the amount: the fold step itself throws (TypeError) at this event.
      const pos = Math.floor(EVENTS * 0.7);
      const db = new Database(c.path);
      const type = db.prepare('SELECT event_type FROM events WHERE position = ?').pluck().get(pos);
      db.close();
      expect(type).not.toBe('AccountCreated');
      corrupt(c.path, pos, '{}');
      c.ledger = Ledger.open(c.path, { synchronous: 'NORMAL' });
      const { ledger } = c;
      const statuses: RebuildStatus[] = [];
      ledger.onPush((name, p) => name === 'rebuildProgress' && statuses.push(p as RebuildStatus));
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      const end = await ledger.rebuilds.whenDone();
      expect(end.state).toBe('failed');
      expect(end.error).toMatch(/amount|undefined/i);
      expect(statuses.at(-1)).toMatchObject({ state: 'failed', error: end.error });
      expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
      expect(shadowTables(ledger.storage.db)).toEqual([]);
      expect((await deposit(ledger, 'after-error')).ok).toBe(true);
      // The runner is free again: a new start is accepted (and fails the same way, visibly).
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      expect((await ledger.rebuilds.whenDone()).state).toBe('failed');
    } finally {
      await c.rm();
    }
  });

  it('unreadable event JSON stops rebuildProjections with the error, live tables untouched', async () => {
    const c = copy();
    try {
      await c.ledger.close();
      corrupt(c.path, 12_345, '{not json');
      c.ledger = Ledger.open(c.path, { synchronous: 'NORMAL' });
      expect(() => rebuildProjections(c.ledger.storage.db, c.ledger.store, { pauseMs: 0 })).toThrow(/JSON/);
      expect(projectionRows(c.ledger.storage.db)).toEqual(baseRows);
      expect(shadowTables(c.ledger.storage.db)).toEqual([]);
    } finally {
      await c.rm();
    }
  });
});

describe('edges', () => {
  it('an empty ledger rebuilds (directly and in the worker) to empty tables, verified', async () => {
    const e = tempLedger();
    try {
      const r = rebuildProjections(e.ledger.storage.db, e.ledger.store);
      expect(r).toEqual({ done: 0, total: 0, differences: [] });
      expect((await e.ledger.invoke('startRebuild', {})).ok).toBe(true);
      expect(await e.ledger.rebuilds.whenDone()).toMatchObject({
        state: 'done',
        done: 0,
        total: 0,
        verification: { ok: true, differences: [] },
      });
      expect(Object.values(projectionRows(e.ledger.storage.db)).every((rows) => rows.length === 0)).toBe(
        true,
      );
      expect(shadowTables(e.ledger.storage.db)).toEqual([]);
    } finally {
      await e.dispose();
    }
  });

  it('releases the write lock between batches: pauses after every batch but the last, and after each finishing step (none when pauseMs is 0)', async () => {
    const c = copy();
    try {
      const pauses: number[] = [];
      const progress: number[] = [];
      const r = rebuildProjections(c.ledger.storage.db, c.ledger.store, {
        batchSize: 7000,
        onProgress: (done) => progress.push(done),
        sleep: (ms) => {
          pauses.push(ms);
          // Inside the pause no transaction is open: another connection can write right now.
          expect(c.ledger.storage.db.inTransaction).toBe(false);
        },
      });
      expect(r.differences).toEqual([]);
      const batches = Math.ceil(EVENTS / 7000);
      // After the load: the monthly totals' three staged tables copied, then each deferred index.
      const finishing = 3 + allProjections.flatMap((p) => p.indexes?.(liveNames(p), 'x') ?? []).length;
      expect(pauses).toEqual(Array(batches - 1 + finishing).fill(REBUILD_PAUSE_MS));
      expect(progress.length).toBe(batches + 1); // each batch, then the final catch-up
      const none: number[] = [];
      rebuildProjections(c.ledger.storage.db, c.ledger.store, {
        batchSize: 7000,
        pauseMs: 0,
        sleep: (ms) => none.push(ms),
      });
      expect(none).toEqual([]);
    } finally {
      await c.rm();
    }
  });

  it('a worker that cannot even be constructed: failed, not stuck in running; a later start is allowed', async () => {
    // A relative path makes `new Worker` throw synchronously (ERR_WORKER_PATH).
    const e = tempLedger({ rebuildWorkerPath: 'relative/rebuild-worker.js' });
    try {
      const r = await e.ledger.invoke('startRebuild', {});
      const s = e.ledger.rebuilds.status();
      if (r.ok) expect(r.value.state).toBe('failed');
      expect(s.state).toBe('failed');
      expect(s.error).toBeTruthy();
      expect(e.ledger.rebuilds.running).toBe(false);
      expect((await e.ledger.rebuilds.whenDone()).state).toBe('failed');
      const again = await e.ledger.invoke('startRebuild', {});
      expect(!again.ok && again.error.reason).not.toBe('rebuild_running');
    } finally {
      await e.dispose();
    }
  });

  it('a worker that cannot start ends as failed with a message, not a hang; commands still work', async () => {
    const e = tempLedger({ rebuildWorkerPath: join(base.dir, 'no-such-worker.ts') });
    try {
      const opened = await e.ledger.invoke('openAccount', {
        commandId: 'edge-open-1',
        owner: 'A',
        currency: 'EUR',
      });
      expect(opened.ok).toBe(true);
      expect((await e.ledger.invoke('startRebuild', {})).ok).toBe(true);
      const s = await e.ledger.rebuilds.whenDone();
      expect(s.state).toBe('failed');
      expect(s.error).toBeTruthy();
      expect(s.finishedAt).not.toBeNull();
      const list = await e.ledger.invoke('listAccounts', {});
      expect(list.ok && list.value.length).toBe(1);
    } finally {
      await e.dispose();
    }
  });
});
