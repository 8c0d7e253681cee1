// Ledger file, event count and the last verification, for the status bar.
import type { LedgerApi, LedgerInfo, VerificationReport } from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';
import { Loadable } from './load.svelte';

export class LedgerInfoStore {
  info: Loadable<LedgerInfo>;
  verifying = $state(false);
  verifyError = $state<ErrorInfo | null>(null);
  lastReport = $state<VerificationReport | null>(null);
  #api: LedgerApi;

  constructor(api: LedgerApi) {
    this.#api = api;
    this.info = new Loadable(() => api.ledgerInfo({}));
  }

  get verification(): VerificationReport | null {
    return this.lastReport ?? this.info.value?.lastVerification ?? null;
  }

  load(): Promise<void> {
    return this.info.load();
  }

  async verify(): Promise<void> {
    if (this.verifying) return;
    this.verifying = true;
    this.verifyError = null;
    const result = await this.#api.verifyLedger({});
    this.verifying = false;
    if (result.ok) this.lastReport = result.value;
    else this.verifyError = result.error;
    await this.load();
  }
}
