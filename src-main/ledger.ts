// The application layer: an open ledger file, answering every method of the IPC contract through
// one handler table (./application/handlers.ts). The Electron IPC wrapper, the browser-mode HTTP
// bridge and the CLI all call `invoke`, so they cannot drift apart. It depends on the storage
// interface only; `openLedger` wires in the SQLite file.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  contract,
  type MethodName,
  type Output,
  type ParsedInput,
  type PushName,
  type PushPayload,
  type VerificationProgress,
  type VerificationReport,
} from '../src-shared/contract';
import { todayIn } from '../src-shared/dates';
import { LedgerError, toErrorInfo, type Result } from '../src-shared/errors';
import type { StoredEvent } from '../src-shared/events';
import type { Command } from './application/commands';
import { executeCommand } from './application/execute';
import { methodHandlers, type Handlers } from './application/handlers';
import { verifyLedger } from './application/verify-ledger';
import { VerifySchedule, type VerifyScheduleOptions } from './application/verify-schedule';
import { backupBeforeMigration, createBackupService, type BackupService } from './backup/index';
import { findRollback, writeSeenHead } from './backup/seen-head';
import { sweepLeftovers } from './backup/sweep';
import { AccountRepository } from './domain/account-repository';
import { mapSqliteError } from './eventstore/sqlite/sqlite-errors';
import type { EventStore } from './eventstore/types';
import { EventDispatcher } from './projections/dispatcher';
import { RebuildRunner } from './projections/rebuild-runner';
import type { LedgerStorage } from './storage/ledger-storage';
import { registerOpen } from './storage/open-registry';
import { checkChainSinceVerified, rememberVerifiedHead, type OpenCheck } from './storage/open-check';
import { openSqliteLedger, type SqliteLedgerStorage } from './storage/sqlite/sqlite-ledger-storage';

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
  /**
   * Start the background full verification (on open, then whenever the last is older than a day;
   * the app and browser mode do, the CLI and tests do not). A test gives its clock here.
   */
  autoVerify?: boolean | Pick<VerifyScheduleOptions, 'now' | 'maxAgeMs' | 'checkEveryMs'>;
  /**
   * Parse every answer with the contract's output schema before returning it (development
   * builds and tests: a handler that drifts from the contract fails loudly, not in the renderer).
   */
  checkOutputs?: boolean;
  /** Today's date (YYYY-MM-DD) in the user's time zone; the process's own zone by default. */
  today?: () => string;
  /** What only the program holding the ledger can do (the app's shell, browser mode's server). */
  host?: LedgerHost;
}

export interface LedgerHost {
  /** Generates the demo ledger in a temporary file and switches to it; answers its path. */
  openDemoLedger?(): Promise<{ path: string }>;
}

/** Default worker location when running from source (tsx, vitest). */
function defaultWorkerPath(): string {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? join(dirname(fileURLToPath(here)), 'projections', 'rebuild-worker.ts')
    : join(dirname(fileURLToPath(here)), 'rebuild-worker.js');
}

interface Core<S> {
  storage: S;
  repo: AccountRepository;
  /** The file the connection opened (device and inode), to notice a file replaced under it. */
  identity: string | null;
  /** The chain check of this open: writes are refused when it failed. */
  integrity: OpenCheck;
}

function fileIdentity(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

export class Ledger<S extends LedgerStorage = LedgerStorage> {
  readonly appVersion: string;
  readonly dispatcher: EventDispatcher;
  readonly rebuilds: RebuildRunner;
  readonly backups: BackupService;
  private core: Core<S> | null;
  private readonly listeners = new Set<PushListener>();
  /** [0]: commands of this thread waiting for the write lock; the rebuild worker yields to them. */
  private readonly writersWaiting = new Int32Array(new SharedArrayBuffer(4));
  private readonly handlers: Handlers;
  private closed = false;
  private readonly unregister: () => void;
  /** The verification running in the worker, if any (one at a time). */
  private verifying: {
    cancel: Int32Array;
    done: Promise<VerificationReport>;
  } | null = null;
  private verifyProgress: VerificationProgress = {
    state: 'idle',
    phase: 'chain',
    done: 0,
    total: 0,
    background: false,
    error: null,
  };
  /** A statement preview or import runs in its worker (followed through its importProgress pushes). */
  private importRunning = false;
  readonly verifySchedule: VerifySchedule;

  constructor(
    readonly path: string,
    private readonly options: LedgerOptions,
    private readonly openStorage: () => S,
  ) {
    this.appVersion = options.appVersion ?? '0.0.0-dev';
    this.dispatcher = new EventDispatcher((error, event) =>
      console.error(`A subscriber failed on event ${event.position} (${event.eventType}):`, error),
    );
    this.core = this.openCore();
    try {
      sweepLeftovers(path);
    } catch (e) {
      console.warn('Could not sweep leftover temporary files:', e);
    }
    this.unregister = registerOpen(path);
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
      storage: () => this.storage,
      withClosedDatabase: (fn) => this.withClosedDatabase(fn),
      reconcileProjections: () => this.reconcileProjections(),
      chainOk: () => this.c.integrity.ok,
      push: (name, payload) => this.push(name, payload),
    });
    this.handlers = methodHandlers(this);
    const auto = options.autoVerify;
    this.verifySchedule = new VerifySchedule({
      ...(typeof auto === 'object' ? auto : {}),
      // A cancelled run (by the user, a rebuild, an import) is no failure: the next tick retries.
      run: () =>
        this.startVerification(true).catch((e: unknown) => {
          if (!(e instanceof LedgerError && e.code === 'cancelled')) throw e;
        }),
      lastCheckedAt: () => (this.core ? (this.lastVerification()?.checkedAt ?? null) : null),
      // A broken chain is shown at open already and every write is refused; nothing to repeat.
      busy: () =>
        !this.core ||
        !this.core.integrity.ok ||
        this.rebuilds.running ||
        this.importRunning ||
        this.verifying !== null,
    });
    if (options.autoBackup) this.backups.start();
    if (auto) this.verifySchedule.start();
  }

  /** The SQLite ledger at `path` (see openLedger). */
  static open(path: string, options: LedgerOptions = {}): Ledger<SqliteLedgerStorage> {
    return openLedger(path, options);
  }

  private openCore(): Core<S> {
    const existed = existsSync(this.path);
    const storage = this.openStorage();
    let integrity: OpenCheck;
    try {
      // The chain first: projections fold only a log that checked out. On a broken chain they
      // stay at their checkpoints (reads show the books before the break) and nothing is written.
      integrity = checkChainSinceVerified(storage);
      // Then the head this app last saw, kept outside the file (a new file starts afresh).
      const rollback = integrity.ok && existed ? findRollback(this.path, storage.store) : null;
      if (rollback)
        integrity = {
          ok: false,
          checked: integrity.checked,
          brokenAt: rollback.missing.from,
          message: rollback.message,
          missing: rollback.missing,
        };
      if (integrity.ok) {
        storage.projections.open();
        rememberVerifiedHead(storage);
        writeSeenHead(this.path, storage.store.head());
      }
    } catch (e) {
      storage.close();
      throw e;
    }
    return {
      storage,
      repo: new AccountRepository(storage.store, this.options.snapshots ?? true),
      identity: fileIdentity(this.path),
      integrity,
    };
  }

  /**
   * Before writing: is the file at the path still the file this connection opened? Another
   * program may have replaced it (a restore, a copy over it); writing on would commit into the
   * deleted file and lose the entry. A replaced file is reopened (its checks run again); a
   * vanished one is an error, never silently recreated.
   */
  private currentCore(): Core<S> {
    const core = this.fileAtPath();
    if (!core.integrity.ok) {
      const i = core.integrity;
      const what = i.missing
        ? i.message
        : `The ledger's hash chain is broken${i.brokenAt ? ` at position ${i.brokenAt}` : ''}: ${i.message}.`;
      throw new LedgerError(
        'io',
        `${what} Nothing was written. Run "ledger verify" for details and restore from a backup ("ledger backups", "ledger restore FILE").`,
        i.missing ? 'log_rolled_back' : 'chain_broken',
        { path: this.path, brokenAt: i.brokenAt },
      );
    }
    return core;
  }

  /** What the chain check on opening this file found (writes are refused when not ok). */
  integrity(): OpenCheck {
    return this.c.integrity;
  }

  private fileAtPath(): Core<S> {
    const core = this.c;
    const now = fileIdentity(this.path);
    if (now === core.identity) return core;
    if (now === null)
      throw new LedgerError(
        'io',
        `The ledger file ${this.path} was removed or moved away while open; nothing was written`,
        'file_replaced',
        { path: this.path },
      );
    if (this.rebuilds.running)
      throw new LedgerError(
        'io',
        `The ledger file ${this.path} was replaced by another program during a rebuild; nothing was written`,
        'file_replaced',
        { path: this.path },
      );
    core.storage.close();
    this.core = null;
    this.core = this.openCore();
    this.push('ledgerChanged', { position: this.store.headPosition() });
    return this.core;
  }

  private get c(): Core<S> {
    if (!this.core)
      throw new LedgerError('io', 'The ledger is closed or being replaced; try again', 'ledger_unavailable');
    return this.core;
  }

  get storage(): S {
    return this.c.storage;
  }

  get store(): EventStore {
    return this.c.storage.store;
  }

  onPush(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  push<N extends PushName>(name: N, payload: PushPayload<N>): void {
    if (name === 'importProgress')
      this.importRunning = (payload as PushPayload<'importProgress'>).state === 'running';
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
      if (this.options.checkOutputs) this.checkOutput(name, value);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toErrorInfo(mapSqliteError(e, this.path)) };
    }
  }

  private checkOutput(name: MethodName, value: unknown): void {
    const r = contract[name].output.safeParse(value);
    if (!r.success) {
      throw new LedgerError(
        'internal',
        `${name} answered outside its contract: ${r.error.message}`,
        'bad_output',
      );
    }
  }

  /** Runs a method with already-parsed input; throws LedgerError. */
  async call<N extends MethodName>(name: N, input: ParsedInput<N>): Promise<Output<N>> {
    const handler = this.handlers[name] as (i: ParsedInput<N>) => Output<N> | Promise<Output<N>>;
    return handler(input);
  }

  /** Executes a command in one unit of work, then notifies subscribers and the renderer. */
  execute<I extends { commandId: string }, E>(
    name: Parameters<typeof executeCommand>[1],
    command: Command<I, E>,
    input: I,
  ) {
    const { storage, repo } = this.currentCore();
    const deps = {
      store: storage.store,
      projections: storage.projections,
      repo,
      appVersion: this.appVersion,
      today: this.options.today ?? (() => todayIn()),
    };
    const { output, events } = this.signalWriter(() => executeCommand(deps, name, command, input));
    if (events.length > 0) {
      this.dispatcher.dispatch(events);
      this.push('ledgerChanged', { position: events[events.length - 1]!.position });
    }
    return output;
  }

  /**
   * Executes several commands in ONE unit of work (all commit or none), e.g. a statement import:
   * `steps` runs inside the transaction and calls `run` for each command; subscribers and the
   * renderer hear of the events once, after the commit.
   */
  executeAll<T>(
    steps: (
      run: <I extends { commandId: string }, E>(
        name: Parameters<typeof executeCommand>[1],
        command: Command<I, E>,
        input: I,
        extraMetadata?: Parameters<typeof executeCommand>[4],
      ) => ReturnType<typeof executeCommand<I, E>>['output'],
    ) => T,
  ): T {
    const { storage, repo } = this.currentCore();
    const deps = {
      store: storage.store,
      projections: storage.projections,
      repo,
      appVersion: this.appVersion,
      today: this.options.today ?? (() => todayIn()),
    };
    const all: StoredEvent[] = [];
    const value = this.signalWriter(() =>
      storage.store.transaction(() =>
        steps((name, command, input, extra) => {
          const r = executeCommand(deps, name, command, input, extra);
          all.push(...r.events);
          return r.output;
        }),
      ),
    );
    if (all.length > 0) {
      this.dispatcher.dispatch(all);
      this.push('ledgerChanged', { position: all[all.length - 1]!.position });
    }
    return value;
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
    return this.saveVerification(verifyLedger(this.storage));
  }

  /**
   * The same check in the worker thread, so the app's event loop (and window) never waits on
   * it; in this thread only when the worker cannot start. A verification already running (the
   * background one) is joined, not started twice.
   */
  async verifyOffThread(): Promise<VerificationReport> {
    try {
      return await this.startVerification(false);
    } catch (e) {
      if (e instanceof LedgerError && e.code !== 'internal') throw e;
      console.warn('Verification worker unavailable; verifying in this thread:', e);
      return this.verify();
    }
  }

  /**
   * Runs a full verification in the worker, pushing verificationProgress; its report becomes the
   * last verification. Cancelled (or failed), the previous report stays. Refused while a rebuild
   * or a statement import runs: they never run together.
   */
  startVerification(background: boolean): Promise<VerificationReport> {
    if (this.verifying) return this.verifying.done;
    if (this.rebuilds.running)
      throw new LedgerError('conflict', 'Wait for the rebuild to finish', 'rebuild_running');
    if (this.importRunning)
      throw new LedgerError('conflict', 'Wait for the statement import to finish', 'import_running');
    const buffer = new SharedArrayBuffer(4);
    const cancel = new Int32Array(buffer);
    const progress = (p: Partial<VerificationProgress>) => {
      this.verifyProgress = { ...this.verifyProgress, ...p };
      this.push('verificationProgress', this.verifyProgress);
    };
    const done = this.rebuilds
      .verify({
        cancel: buffer,
        onProgress: (phase, d, total) => {
          if (this.verifying?.cancel === cancel) progress({ phase, done: d, total });
        },
      })
      .then(
        (report) => {
          if (Atomics.load(cancel, 0) === 1) throw cancelledVerification();
          const saved = this.core ? this.saveVerification(report) : report;
          progress({ state: 'done', error: null });
          return saved;
        },
        (e: unknown) => {
          const isCancel = e instanceof LedgerError && e.code === 'cancelled';
          progress({
            state: isCancel ? 'cancelled' : 'failed',
            error: isCancel ? null : e instanceof Error ? e.message : String(e),
          });
          throw isCancel ? cancelledVerification() : e;
        },
      )
      .finally(() => {
        if (this.verifying?.cancel === cancel) this.verifying = null;
      });
    // The background run's outcome is in the pushes; no caller may await it.
    done.catch(() => undefined);
    this.verifying = { cancel, done };
    // After `verifying` is set: a listener may cancel on this very push.
    progress({ state: 'running', phase: 'chain', done: 0, total: 0, background, error: null });
    return done;
  }

  /** Where the running (or last) verification is. */
  verificationStatus(): VerificationProgress {
    return this.verifyProgress;
  }

  /** Asks the running verification to stop; it ends at its next step with the previous report kept. */
  cancelVerification(): { cancelled: boolean } {
    const v = this.verifying;
    if (!v) return { cancelled: false };
    Atomics.store(v.cancel, 0, 1);
    Atomics.notify(v.cancel, 0);
    return { cancelled: true };
  }

  /** Cancels a running verification and waits for its worker to end (before a rebuild, import, swap). */
  async stopVerification(): Promise<void> {
    const v = this.verifying;
    if (!v) return;
    this.cancelVerification();
    await v.done.catch(() => undefined);
  }

  private saveVerification(report: VerificationReport): VerificationReport {
    this.storage.meta.set('last_verification', report);
    return report;
  }

  /** The host's own actions (see LedgerHost); the CLI has none. */
  get host(): LedgerHost {
    return this.options.host ?? {};
  }

  lastVerification(): VerificationReport | null {
    return this.storage.meta.get<VerificationReport>('last_verification');
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

  /** Closes the connection, runs `fn` (e.g. a restore swapping the file), reopens and catches up. */
  async withClosedDatabase<T>(fn: () => Promise<T> | T): Promise<T> {
    if (this.rebuilds.running)
      throw new LedgerError('conflict', 'Wait for the rebuild to finish', 'rebuild_running');
    await this.stopVerification();
    this.core?.storage.close();
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
    this.cancelVerification();
    await this.verifySchedule.stop();
    await this.stopVerification();
    await this.backups.stop({ onQuit: options.backupOnQuit ?? false });
    await this.rebuilds.stop();
    this.closed = true;
    this.unregister();
    if (this.core?.integrity.ok) {
      // This session's own appends (and anyone's since the open) are walked once more and the
      // head remembered, so the next open starts from here.
      try {
        if (checkChainSinceVerified(this.core.storage).ok) {
          rememberVerifiedHead(this.core.storage);
          writeSeenHead(this.path, this.core.storage.store.head());
        }
      } catch {
        /* the next open checks again */
      }
    }
    this.core?.storage.close();
    this.core = null;
    this.listeners.clear();
  }
}

function cancelledVerification(): LedgerError {
  return new LedgerError(
    'cancelled',
    'The verification was cancelled; the last result stays',
    'verification_cancelled',
  );
}

/** A ledger in a SQLite file: what openLedger returns. */
export type SqliteLedger = Ledger<SqliteLedgerStorage>;

/** Opens (or creates) a ledger file; throws a LedgerError with code 'io' for file problems. */
export function openLedger(path: string, options: LedgerOptions = {}): Ledger<SqliteLedgerStorage> {
  return new Ledger(path, options, () =>
    openSqliteLedger(path, {
      // Caught up by the Ledger after the chain check (see openCore).
      catchUp: false,
      create: options.create ?? true,
      // The ledger's own file: a view in a projection table's place is repaired on open.
      repairableProjections: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.synchronous ? { synchronous: options.synchronous } : {}),
      beforeMigrate: backupBeforeMigration,
    }),
  );
}
