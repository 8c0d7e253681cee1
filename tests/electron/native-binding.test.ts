// LEDGER_NATIVE_BINDING never reaches better-sqlite3 through the environment: connect() takes the
// binding only from its options or the thread's setNativeBinding, and every worker (rebuild,
// backup verification) is handed it in workerData.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

const started = vi.hoisted(() => [] as Array<{ path: string; data: Record<string, unknown> }>);
vi.mock('../../src-main/workers/start-worker', () => ({
  startWorker: (path: string, data: Record<string, unknown>) => {
    started.push({ path, data });
    const worker = Object.assign(new EventEmitter(), {
      terminate: async () => 0,
      postMessage: () => undefined,
    });
    // A verification worker that answers at once.
    if (!('task' in data)) {
      setImmediate(() =>
        worker.emit('message', {
          result: { ok: true, message: 'ok', facts: {} },
          sha256: 'abc',
          thread: 'worker',
        }),
      );
    }
    return worker;
  },
}));

const { connect, setNativeBinding, threadNativeBinding } =
  await import('../../src-main/eventstore/sqlite/open-database');
const { workerVerifier } = await import('../../src-main/backup/verify-off-thread');
const { RebuildRunner } = await import('../../src-main/projections/rebuild-runner');

afterEach(() => {
  delete process.env.LEDGER_NATIVE_BINDING;
  setNativeBinding(undefined);
  started.length = 0;
});

describe('connect()', () => {
  it('ignores LEDGER_NATIVE_BINDING in the environment', () => {
    process.env.LEDGER_NATIVE_BINDING = '/nonexistent/evil/better_sqlite3.node';
    const db = connect(':memory:');
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
    expect(threadNativeBinding()).toBeUndefined();
  });

  it('loads the binding named explicitly (options, then the thread’s)', () => {
    expect(() => connect(':memory:', { nativeBinding: '/nonexistent/a.node' })).toThrow();
    setNativeBinding('/nonexistent/b.node');
    expect(() => connect(':memory:')).toThrow();
  });
});

describe('workers get the native binding through workerData', () => {
  it('the backup-verification worker', async () => {
    process.env.LEDGER_NATIVE_BINDING = '/from/env.node';
    setNativeBinding('/electron-abi/better_sqlite3.node');
    const v = await workerVerifier('/out/main/backup-verify-worker.js')('/b/backup.sqlite');
    expect(v.thread).toBe('worker');
    expect(v.fallback).toBeUndefined();
    expect(started).toEqual([
      {
        path: '/out/main/backup-verify-worker.js',
        data: { path: '/b/backup.sqlite', nativeBinding: '/electron-abi/better_sqlite3.node' },
      },
    ]);
  });

  it('the backup-verification worker gets none when the thread has none (env is not read)', async () => {
    process.env.LEDGER_NATIVE_BINDING = '/from/env.node';
    await workerVerifier('/w.js')('/b.sqlite');
    expect(started[0]!.data).not.toHaveProperty('nativeBinding');
  });

  it('the rebuild worker', () => {
    process.env.LEDGER_NATIVE_BINDING = '/from/env.node';
    const runner = new RebuildRunner({
      dbPath: '/l.sqlite',
      workerPath: '/out/main/rebuild-worker.js',
      nativeBinding: '/electron-abi/better_sqlite3.node',
      onStatus: () => undefined,
      onSwapped: () => undefined,
    });
    runner.start([]);
    expect(started).toHaveLength(1);
    expect(started[0]!.path).toBe('/out/main/rebuild-worker.js');
    expect(started[0]!.data).toMatchObject({
      task: 'rebuild',
      dbPath: '/l.sqlite',
      nativeBinding: '/electron-abi/better_sqlite3.node',
    });
  });
});
