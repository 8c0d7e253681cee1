// The application layer: opens a ledger file and answers every method of the IPC contract
// through one handler table. The Electron IPC wrapper, the browser-mode HTTP bridge and the
// CLI all call `invoke`, so they cannot drift apart.
import type Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contract,
  type CommandName,
  type MethodName,
  type Output,
  type ParsedInput,
  type PushName,
  type PushPayload,
  type VerificationReport,
} from '../src-shared/contract';
import { LedgerError, toErrorInfo, type Result } from '../src-shared/errors';
import { EventDataSchemas, type StoredEvent } from '../src-shared/events';
import { deciders, priorResult } from './application/commands';
import { eventIdFor } from './application/event-ids';
import { verifyLedgerFile } from './application/verify-ledger';
import { backupBeforeMigration, createBackupService, type BackupService } from './backup/index';
import { AccountRepository } from './domain/account-repository';
import { assertWritable } from './eventstore/open-database';
import { openStore } from './eventstore/open-store';
import { mapSqliteError } from './eventstore/sqlite-errors';
import type { SqliteEventStore } from './eventstore/sqlite-event-store';
import { EventDispatcher } from './projections/dispatcher';
import { Projector } from './projections/projector';
import { ReadModel } from './projections/queries';
import { RebuildRunner } from './projections/rebuild-runner';

export type PushListener = <N extends PushName>(name: N, payload: PushPayload<N>) => void;

export interface LedgerOptions {
  /** Reported in event metadata and ledgerInfo. */
  appVersion?: string;
  /** Create the file if missing (default true). */
  create?: boolean;
  /** Path of the rebuild worker script (built JS in Electron; .ts under tsx/vitest). */
  rebuildWorkerPath?: string;
  /** better-sqlite3 .node built for Electron's ABI (unpackaged Electron only). */
  nativeBinding?: string;
  /** Durability: FULL (default) or NORMAL; see README "Durability". */
  synchronous?: 'FULL' | 'NORMAL';
  /** Load aggregates from snapshots (default true); off only to measure without them. */
  snapshots?: boolean;
  /** Start the automatic backup schedule (the app does; the CLI and tests do not). */
  autoBackup?: boolean;
}

/** Retries of a command whose expected version lost a race with another writer. */
const CONFLICT_RETRIES = 3;

/** Default worker location when running from source (tsx, vitest). */
function defaultWorkerPath(): string {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? join(dirname(fileURLToPath(here)), 'projections', 'rebuild-worker.ts')
    : join(dirname(fileURLToPath(here)), 'rebuild-worker.js');
}

interface Core {
  db: Database.Database;
  store: SqliteEventStore;
  projector: Projector;
  read: ReadModel;
  repo: AccountRepository;
}

export class Ledger {
  readonly appVersion: string;
  readonly dispatcher: EventDispatcher;
  readonly rebuilds: RebuildRunner;
  readonly backups: BackupService;
  private core: Core | null;
  private readonly listeners = new Set<PushListener>();
  /** [0]: commands of this thread waiting for the write lock; the rebuild worker yields to them. */
  private readonly writersWaiting = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly options: LedgerOptions,
  ) {
    this.appVersion = options.appVersion ?? '0.0.0-dev';
    this.dispatcher = new EventDispatcher((error, event) =>
      console.error(`A subscriber failed on event ${event.position} (${event.eventType}):`, error),
    );
    this.core = this.openCore();
    this.rebuilds = new RebuildRunner({
      dbPath: path,
      workerPath: options.rebuildWorkerPath ?? defaultWorkerPath(),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      writers: this.writersWaiting.buffer as SharedArrayBuffer,
      onStatus: (s) => this.push('rebuildProgress', s),
      onSwapped: () => this.push('ledgerChanged', { position: this.store.headPosition() }),
    });
    this.backups = createBackupService({
      path,
      appVersion: this.appVersion,
      db: () => this.db,
      store: () => this.store,
      withClosedDatabase: (fn) => this.withClosedDatabase(fn),
      reconcileProjections: () => this.reconcileProjections(),
      push: (name, payload) => this.push(name, payload),
    });
    if (options.autoBackup) this.backups.start();
  }

  /** Opens (or creates) a ledger file; throws a LedgerError with code 'io' for file problems. */
  static open(path: string, options: LedgerOptions = {}): Ledger {
    return new Ledger(path, options);
  }

  private openCore(): Core {
    const { db, store } = openStore(this.path, {
      create: this.options.create ?? true,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      ...(this.options.synchronous ? { synchronous: this.options.synchronous } : {}),
      beforeMigrate: backupBeforeMigration,
    });
    try {
      assertWritable(db, this.path);
      const projector = new Projector(db, store);
      projector.open();
      return {
        db,
        store,
        projector,
        read: new ReadModel(db),
        repo: new AccountRepository(store, this.options.snapshots ?? true),
      };
    } catch (e) {
      db.close();
      throw mapSqliteError(e, this.path);
    }
  }

  private get c(): Core {
    if (!this.core)
      throw new LedgerError('io', 'The ledger is closed or being replaced; try again', 'ledger_unavailable');
    return this.core;
  }

  get db(): Database.Database {
    return this.c.db;
  }

  get store(): SqliteEventStore {
    return this.c.store;
  }

  get projector(): Projector {
    return this.c.projector;
  }

  onPush(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  push<N extends PushName>(name: N, payload: PushPayload<N>): void {
    for (const l of this.listeners) {
      try {
        l(name, payload);
      } catch (e) {
        console.error(`A push listener failed on ${name}:`, e);
      }
    }
  }

  /** Parses `raw` with the contract, runs the method, returns the envelope. Never throws. */
  async invoke<N extends MethodName>(name: N, raw: unknown): Promise<Result<Output<N>>> {
    try {
      if (!Object.hasOwn(contract, name)) {
        throw new LedgerError('validation', `Unknown method ${String(name)}`, 'unknown_method');
      }
      const parsed = contract[name].input.safeParse(raw ?? {});
      if (!parsed.success) throw parsed.error;
      const value = await this.call(name, parsed.data as ParsedInput<N>);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toErrorInfo(mapSqliteError(e, this.path)) };
    }
  }

  /** Runs a method with already-parsed input; throws LedgerError. */
  async call<N extends MethodName>(name: N, input: ParsedInput<N>): Promise<Output<N>> {
    const handler = this.handlers[name] as (i: ParsedInput<N>) => Output<N> | Promise<Output<N>>;
    return handler(input);
  }

  /** Executes a command: load → decide → append + project in one transaction → notify. */
  execute<N extends CommandName>(name: N, input: ParsedInput<N>): Output<N> {
    const { repo, store, projector } = this.c;
    const metadata = {
      commandId: input.commandId,
      commandName: name,
      correlationId: input.commandId,
      appVersion: this.appVersion,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const { output, events } = this.signalWriter(() =>
          store.transaction(() => {
            const prior = store.findByCommandId(input.commandId);
            if (prior.length > 0) return { output: priorResult(name, prior), events: [] as StoredEvent[] };
            const decision = deciders[name](input as never, { repo, store });
            let i = 0;
            const batches = decision.touched
              .filter((l) => l.account.changes.length > 0)
              .map((l) =>
                repo.batch(l.account, (e) => ({
                  eventId: eventIdFor(input.commandId, i++),
                  type: e.type,
                  // Validated against the event's schema: a bug in a decider must not reach the log.
                  data: EventDataSchemas[e.type].parse(e.data),
                  metadata,
                })),
              );
            const r = store.appendMany(batches);
            // A duplicate append (same event ids, stored before) was projected when it was new.
            if (r.duplicate)
              return { output: { ...decision.extra, position: r.lastPosition, duplicate: true }, events: [] };
            projector.apply(r.events);
            for (const l of decision.touched) repo.maybeSnapshot(l, r.streamVersions[l.account.id] ?? 0);
            return {
              output: { ...decision.extra, position: r.lastPosition, duplicate: false },
              events: r.events,
            };
          }),
        );
        if (events.length > 0) {
          this.dispatcher.dispatch(events);
          this.push('ledgerChanged', { position: events[events.length - 1]!.position });
        }
        return output as Output<N>;
      } catch (e) {
        // Another writer won the race: reload and decide again, a bounded number of times.
        const conflict = e instanceof LedgerError && e.reason === 'wrong_expected_version';
        if (!conflict || attempt >= CONFLICT_RETRIES) throw e;
      }
    }
  }

  /**
   * Runs `fn` (a write transaction) counted as a writer waiting for the lock: a rebuild worker
   * pauses between batches only while this count is above zero, and resumes when notified.
   */
  private signalWriter<T>(fn: () => T): T {
    Atomics.add(this.writersWaiting, 0, 1);
    try {
      return fn();
    } finally {
      Atomics.sub(this.writersWaiting, 0, 1);
      Atomics.notify(this.writersWaiting, 0);
    }
  }

  /** The whole check, in this thread (the CLI): the hash chain, then every projection. */
  verify(): VerificationReport {
    return this.saveVerification(verifyLedgerFile(this.db, this.store));
  }

  /**
   * The same check in the worker thread, so the app's event loop (and window) never waits on
   * it; in this thread only when the worker cannot start.
   */
  async verifyOffThread(): Promise<VerificationReport> {
    let report: VerificationReport;
    try {
      report = await this.rebuilds.verify();
    } catch (e) {
      if (e instanceof LedgerError && e.code !== 'internal') throw e;
      console.warn('Verification worker unavailable; verifying in this thread:', e);
      return this.verify();
    }
    return this.saveVerification(report);
  }

  private saveVerification(report: VerificationReport): VerificationReport {
    this.db
      .prepare(
        `INSERT INTO ledger_meta (key, value) VALUES ('last_verification', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify(report));
    return report;
  }

  /**
   * After the file under the ledger was replaced (a restore): rebuild every projection in the
   * worker, which swaps in rows that equal the log's fold and reports which ones differed.
   */
  private async reconcileProjections(): Promise<string[]> {
    this.rebuilds.start([]);
    const status = await this.rebuilds.whenDone();
    if (status.state !== 'done') {
      throw new LedgerError(
        'io',
        `The restored ledger's read model could not be rebuilt: ${status.error ?? status.state}`,
      );
    }
    return [...new Set(status.verification?.differences.map((d) => d.projection) ?? [])];
  }

  private lastVerification(): VerificationReport | null {
    const v = this.db
      .prepare(`SELECT value FROM ledger_meta WHERE key = 'last_verification'`)
      .pluck()
      .get() as string | undefined;
    return v ? (JSON.parse(v) as VerificationReport) : null;
  }

  /** Closes the connection, runs `fn` (e.g. a restore swapping the file), reopens and catches up. */
  async withClosedDatabase<T>(fn: () => Promise<T> | T): Promise<T> {
    if (this.rebuilds.running)
      throw new LedgerError('conflict', 'Wait for the rebuild to finish', 'rebuild_running');
    this.core?.db.close();
    this.core = null;
    try {
      return await fn();
    } finally {
      if (!this.closed) {
        this.core = this.openCore();
        this.push('ledgerChanged', { position: this.store.headPosition() });
      }
    }
  }

  async close(options: { backupOnQuit?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    await this.backups.stop({ onQuit: options.backupOnQuit ?? false });
    await this.rebuilds.stop();
    this.closed = true;
    this.core?.db.close();
    this.core = null;
    this.listeners.clear();
  }

  private readonly handlers: {
    [N in MethodName]: (input: ParsedInput<N>) => Output<N> | Promise<Output<N>>;
  } = {
    openAccount: (i) => this.execute('openAccount', i),
    deposit: (i) => this.execute('deposit', i),
    withdraw: (i) => this.execute('withdraw', i),
    transfer: (i) => this.execute('transfer', i),
    renameAccount: (i) => this.execute('renameAccount', i),
    correctMovement: (i) => this.execute('correctMovement', i),
    closeAccount: (i) => this.execute('closeAccount', i),
    listAccounts: () => this.c.read.listAccounts(),
    getAccount: (i) => this.c.read.getAccount(i.accountId),
    timeline: (i) => this.c.read.timeline(i),
    timelineCount: (i) => ({ count: this.c.read.timelineCount(i) }),
    getEvent: (i) => {
      const e = this.store.getEvent(i.eventId);
      if (!e) throw new LedgerError('not_found', `No event with id ${i.eventId}`, 'unknown_event');
      return e;
    },
    readEvents: (i) => {
      const events = [
        ...this.store.readAll(i.after, {
          limit: i.limit + 1,
          ...(i.aggregateId ? { streams: [i.aggregateId] } : {}),
        }),
      ];
      const more = events.length > i.limit;
      if (more) events.pop();
      return { events, nextAfter: more ? events[events.length - 1]!.position : null };
    },
    monthlyTotals: (i) => this.c.read.monthlyTotals(i.accountId),
    balancesAsOf: (i) => this.c.read.balancesAsOf(i),
    ledgerInfo: () => {
      // Positions are gap-free from 1 (verify checks it), so the head is the count: one index
      // seek instead of count(*) over the whole log, on every refresh of the status bar.
      const head = this.store.headPosition();
      return {
        path: this.path,
        eventCount: head,
        headPosition: head,
        schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
        appVersion: this.appVersion,
        lastVerification: this.lastVerification(),
      };
    },
    verifyLedger: () => this.verifyOffThread(),
    startRebuild: (i) => this.rebuilds.start(i.projections ?? []),
    cancelRebuild: () => this.rebuilds.cancel(),
    rebuildStatus: () => this.rebuilds.status(),
    listBackups: () => this.backups.list(),
    createBackup: () => this.backups.create('manual'),
    restoreBackup: (i) => this.backups.restore(i.file),
  };
}

/** Opens a ledger file: the entry point for every adapter. */
export function openLedger(path: string, options: LedgerOptions = {}): Ledger {
  return Ledger.open(path, options);
}
