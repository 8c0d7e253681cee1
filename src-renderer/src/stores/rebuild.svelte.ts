// The projection rebuild: status from the query at start, then from rebuildProgress pushes.
import type { LedgerApi, RebuildStatus } from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';

export class RebuildStore {
  status = $state<RebuildStatus | null>(null);
  error = $state<ErrorInfo | null>(null);
  starting = $state(false);
  cancelling = $state(false);
  running = $derived(this.status?.state === 'running');
  #api: LedgerApi;

  constructor(api: LedgerApi) {
    this.#api = api;
  }

  /** Subscribes to progress pushes; returns the unsubscribe function. */
  listen(): () => void {
    return this.#api.on('rebuildProgress', (s) => (this.status = s));
  }

  async load(): Promise<void> {
    const result = await this.#api.rebuildStatus({});
    if (result.ok) this.status = result.value;
    else this.error = result.error;
  }

  async start(): Promise<void> {
    if (this.starting || this.running) return;
    this.starting = true;
    this.error = null;
    const result = await this.#api.startRebuild({});
    this.starting = false;
    if (result.ok) this.status = result.value;
    else this.error = result.error;
  }

  async cancel(): Promise<void> {
    if (this.cancelling) return;
    this.cancelling = true;
    const result = await this.#api.cancelRebuild({});
    this.cancelling = false;
    if (result.ok) this.status = result.value;
    else this.error = result.error;
  }
}
