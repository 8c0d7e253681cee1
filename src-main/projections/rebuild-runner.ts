// Runs rebuilds and verifications in a worker thread and tracks their status for the UI:
// events done, total, rate, time left; cancel; errors reported, never a silent hang.
import type { Worker } from 'node:worker_threads';
import { ProjectionName, type RebuildStatus, type VerificationReport } from '../../src-shared/contract';
import { LedgerError, type ErrorInfo } from '../../src-shared/errors';
import type { ProjectionDifference } from './types';
import { startWorker } from '../workers/start-worker';
import type { WorkerInput, WorkerMessage } from './rebuild-worker';

export interface RunnerOptions {
  dbPath: string;
  workerPath: string;
  nativeBinding?: string;
  /** Shared with the Ledger: how many of its commands wait for the write lock (see rebuild.ts). */
  writers?: SharedArrayBuffer;
  onStatus: (s: RebuildStatus) => void;
  /** After a successful swap: e.g. tell the renderer to refetch. */
  onSwapped: () => void;
}

const idle = (): RebuildStatus => ({
  state: 'idle',
  projections: [],
  done: 0,
  total: 0,
  rate: 0,
  etaSeconds: null,
  startedAt: null,
  finishedAt: null,
  error: null,
  verification: null,
});

export class RebuildRunner {
  private current: RebuildStatus = idle();
  private worker: Worker | null = null;
  private cancelFlag: Int32Array | null = null;
  private finished: Promise<RebuildStatus> = Promise.resolve(this.current);

  constructor(private readonly opts: RunnerOptions) {}

  status(): RebuildStatus {
    return this.current;
  }

  get running(): boolean {
    return this.current.state === 'running';
  }

  /** Resolves when the current run ends (immediately when idle). */
  whenDone(): Promise<RebuildStatus> {
    return this.finished;
  }

  start(projections: readonly ProjectionName[] = []): RebuildStatus {
    if (this.running) throw new LedgerError('conflict', 'A rebuild is already running', 'rebuild_running');
    const buffer = new SharedArrayBuffer(4);
    this.cancelFlag = new Int32Array(buffer);
    const started = Date.now();
    this.set({
      ...idle(),
      state: 'running',
      projections: projections.length ? [...projections] : [...ProjectionName.options],
      startedAt: new Date(started).toISOString(),
    });
    let worker: Worker;
    try {
      worker = startWorker(this.opts.workerPath, {
        task: 'rebuild',
        dbPath: this.opts.dbPath,
        ...(this.opts.writers ? { writers: this.opts.writers } : {}),
        ...(this.opts.nativeBinding ? { nativeBinding: this.opts.nativeBinding } : {}),
        cancel: buffer,
        options: { projections: [...projections] },
      });
    } catch (e) {
      // Without this the status stayed 'running' for ever: every later start was refused.
      this.set({
        ...this.current,
        state: 'failed',
        error: `The rebuild could not start: ${e instanceof Error ? e.message : String(e)}`,
        finishedAt: new Date().toISOString(),
      });
      this.finished = Promise.resolve(this.current);
      return this.current;
    }
    this.worker = worker;
    this.finished = new Promise((resolve) => {
      let settled = false;
      const end = (patch: Partial<RebuildStatus>) => {
        if (settled) return;
        settled = true;
        this.worker = null;
        this.set({ ...this.current, ...patch, etaSeconds: 0, finishedAt: new Date().toISOString() });
        resolve(this.current);
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          const secs = (Date.now() - started) / 1000;
          const rate = secs > 0 ? m.done / secs : 0;
          this.set({
            ...this.current,
            done: m.done,
            total: m.total,
            rate: Math.round(rate),
            etaSeconds: rate > 0 ? Math.max(0, Math.round((m.total - m.done) / rate)) : null,
          });
        } else if (m.type === 'verified' || m.type === 'verifyProgress') {
          end({ state: 'failed', error: 'The worker answered a verification to a rebuild' });
        } else if (m.type === 'done') {
          end({ state: 'done', done: m.done, total: m.total, verification: verification(m.differences) });
          this.opts.onSwapped();
        } else {
          end(errorPatch(m.error));
        }
      });
      worker.on('error', (e) => end({ state: 'failed', error: e.message }));
      worker.on('exit', (code) =>
        end({ state: 'failed', error: `The rebuild stopped unexpectedly (exit ${code})` }),
      );
    });
    return this.current;
  }

  /**
   * Verifies the ledger (chain + projections) in a worker; resolves with the report, rejects with
   * a 'cancelled' LedgerError when `cancel[0]` became 1. Its fold pauses for this thread's
   * waiting commands exactly as a rebuild's does (the shared writers count).
   */
  verify(
    run: {
      cancel?: SharedArrayBuffer;
      onProgress?: (phase: 'chain' | 'projections', done: number, total: number) => void;
    } = {},
  ): Promise<VerificationReport> {
    return new Promise((resolve, reject) => {
      const input: WorkerInput = {
        task: 'verify',
        dbPath: this.opts.dbPath,
        ...(this.opts.nativeBinding ? { nativeBinding: this.opts.nativeBinding } : {}),
        ...(this.opts.writers ? { writers: this.opts.writers } : {}),
        cancel: run.cancel ?? new SharedArrayBuffer(4),
        options: {},
      };
      const worker = startWorker(this.opts.workerPath, input);
      let settled = false;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        reject(
          e instanceof LedgerError ? e : new LedgerError('internal', `Verification failed: ${String(e)}`),
        );
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'verifyProgress') {
          run.onProgress?.(m.phase, m.done, m.total);
        } else if (m.type === 'verified') {
          settled = true;
          resolve(m.report);
        } else if (m.type === 'error') {
          fail(new LedgerError(m.error.code, m.error.message, m.error.reason));
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(`the verification worker stopped (exit ${code})`));
    });
  }

  cancel(): RebuildStatus {
    if (this.cancelFlag) {
      Atomics.store(this.cancelFlag, 0, 1);
      Atomics.notify(this.cancelFlag, 0); // wakes the worker if it is pausing between batches
    }
    return this.current;
  }

  /** Stops a running worker (on close); the live read model is untouched by design. */
  async stop(): Promise<void> {
    this.cancel();
    await this.worker?.terminate();
  }

  private set(s: RebuildStatus): void {
    this.current = s;
    this.opts.onStatus(s);
  }
}

function verification(differences: ProjectionDifference[]): RebuildStatus['verification'] {
  return { ok: differences.length === 0, differences };
}

function errorPatch(error: ErrorInfo): Partial<RebuildStatus> {
  return error.code === 'cancelled'
    ? { state: 'cancelled', error: null }
    : { state: 'failed', error: error.message };
}
