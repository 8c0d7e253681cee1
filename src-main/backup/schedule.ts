// The automatic backup timer: one run at a time (the next is scheduled only when the previous
// finished, so runs never overlap however long one takes), and unref'd so an idle timer never
// keeps the process alive.
export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private active = false;

  constructor(
    private readonly run: () => Promise<unknown>,
    private intervalMs: number,
    private readonly onError: (e: unknown) => void = (e) => console.error('Automatic backup failed:', e),
  ) {}

  get started(): boolean {
    return this.active;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.arm();
  }

  setInterval(ms: number): void {
    this.intervalMs = ms;
    if (this.active && this.timer) {
      clearTimeout(this.timer);
      this.arm();
    }
  }

  /** Stops the timer and waits for a run in progress. */
  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private arm(): void {
    this.timer = setTimeout(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = null;
    if (!this.active) return;
    this.running = this.run()
      .then(
        () => undefined,
        (e) => this.onError(e),
      )
      .finally(() => {
        this.running = null;
        if (this.active) this.arm();
      });
  }
}
