// The background full verification: on open and then every `checkEveryMs`, a full verification
// starts when the last one is older than `maxAgeMs` (a day) and nothing else long is running (a
// rebuild, a statement import, another verification: `busy` says so, and the check is simply tried
// again at the next tick). The same shape as the backup schedule (backup/schedule.ts): one run at
// a time, the next tick armed only after the previous run ended, the timer unref'd. The clock is
// a parameter, so tests move time without waiting for it.
export const VERIFY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const VERIFY_CHECK_EVERY_MS = 15 * 60 * 1000;

export interface VerifyScheduleOptions {
  /** Starts a verification and resolves when it ended (whatever its outcome). */
  run: () => Promise<unknown>;
  /** When the last full verification was recorded (ISO), or null if never. */
  lastCheckedAt: () => string | null;
  /** True while a rebuild, an import or a verification runs: this tick does nothing. */
  busy: () => boolean;
  /** Milliseconds since the epoch (Date.now unless a test gives its own clock). */
  now?: () => number;
  maxAgeMs?: number;
  checkEveryMs?: number;
  onError?: (e: unknown) => void;
}

export class VerifySchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private active = false;
  private readonly now: () => number;

  constructor(private readonly o: VerifyScheduleOptions) {
    this.now = o.now ?? Date.now;
  }

  get started(): boolean {
    return this.active;
  }

  /**
   * Checks once the current task has ended (the open: its caller can listen to the pushes
   * first), then every checkEveryMs.
   */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.timer = setTimeout(() => this.tick(), 0);
    this.timer.unref();
  }

  /** Is a full verification due by the clock (none yet, or the last older than maxAgeMs)? */
  due(): boolean {
    const last = this.o.lastCheckedAt();
    const at = last === null ? NaN : Date.parse(last);
    return Number.isNaN(at) || this.now() - at >= (this.o.maxAgeMs ?? VERIFY_MAX_AGE_MS);
  }

  /**
   * One check: starts a verification when due and nothing else runs; resolves when that run ended
   * (true) or at once when nothing was started (false). The timer calls it; tests may too.
   */
  async check(): Promise<boolean> {
    if (this.running || this.o.busy() || !this.due()) return false;
    const run = this.o.run().then(
      () => undefined,
      (e) => (this.o.onError ?? ((err) => console.error('Background verification failed:', err)))(e),
    );
    this.running = run.finally(() => {
      this.running = null;
    });
    await this.running;
    return true;
  }

  /** Stops the timer and waits for a run in progress (the caller cancels it first if it must). */
  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private arm(): void {
    this.timer = setTimeout(() => this.tick(), this.o.checkEveryMs ?? VERIFY_CHECK_EVERY_MS);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = null;
    if (!this.active) return;
    void this.check()
      .catch((e) => this.o.onError?.(e))
      .finally(() => {
        if (this.active) this.arm();
      });
  }
}
