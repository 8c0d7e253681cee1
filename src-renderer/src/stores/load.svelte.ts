// A query result with its loading and error state, refetched on demand.
import type { ErrorInfo, Result } from '../../../src-shared/errors';

export class Loadable<T> {
  value = $state<T | null>(null);
  loading = $state(false);
  error = $state<ErrorInfo | null>(null);
  #fetch: () => Promise<Result<T>>;
  #seq = 0;

  constructor(fetch: () => Promise<Result<T>>) {
    this.#fetch = fetch;
  }

  /** Refetches; a slower earlier answer never overwrites a newer one. */
  async load(): Promise<void> {
    const seq = ++this.#seq;
    this.loading = true;
    const result = await this.#fetch();
    if (seq !== this.#seq) return;
    this.loading = false;
    if (result.ok) {
      this.value = result.value;
      this.error = null;
    } else {
      this.error = result.error;
    }
  }
}
