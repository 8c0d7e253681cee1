// Ledger file, event count and the last verification, for the status bar; and the verification
// running in the worker (Verify, or the daily background one), from verificationProgress pushes.
import type {
  LedgerApi,
  LedgerInfo,
  VerificationProgress,
  VerificationReport,
} from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';
import { Loadable } from './load.svelte';

export class LedgerInfoStore {
  info: Loadable<LedgerInfo>;
  verifying = $state(false);
  verifyError = $state<ErrorInfo | null>(null);
  lastReport = $state<VerificationReport | null>(null);
  /** The worker's verification as last pushed (null until one was seen). */
  progress = $state<VerificationProgress | null>(null);
  cancelling = $state(false);
  #api: LedgerApi;

  constructor(api: LedgerApi) {
    this.#api = api;
    this.info = new Loadable(() => api.ledgerInfo({}));
  }

  get verification(): VerificationReport | null {
    return this.lastReport ?? this.info.value?.lastVerification ?? null;
  }

  /** A verification runs (this window's Verify, or one the schedule started). */
  get running(): boolean {
    return this.verifying || this.progress?.state === 'running';
  }

  load(): Promise<void> {
    return this.info.load();
  }

  /**
   * Follows the verification in the worker: its state now (it may have started before this
   * window), then every push; a finished one refreshes the last result. Returns the unsubscribe.
   */
  listen(): () => void {
    void this.#api.verificationStatus({}).then((r) => {
      if (r.ok && this.progress === null) this.progress = r.value;
    });
    return this.#api.on('verificationProgress', (p) => {
      this.progress = p;
      if (p.state === 'running') this.verifyError = null;
      if (p.state === 'done') {
        // The saved report is in ledgerInfo; a report this window kept would hide it.
        this.lastReport = null;
        void this.load();
      }
    });
  }

  async verify(): Promise<void> {
    if (this.running) return;
    this.verifying = true;
    this.verifyError = null;
    const result = await this.#api.verifyLedger({});
    this.verifying = false;
    if (result.ok) this.lastReport = result.value;
    // Cancelled: the previous result stays, and that is no error.
    else if (result.error.code !== 'cancelled') this.verifyError = result.error;
    await this.load();
  }

  async cancel(): Promise<void> {
    if (this.cancelling) return;
    this.cancelling = true;
    const result = await this.#api.cancelVerification({});
    this.cancelling = false;
    if (!result.ok) this.verifyError = result.error;
  }
}
