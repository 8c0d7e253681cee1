// A query result with its loading and error state, refetched on demand.
import type { ErrorInfo, Result } from '../../../src-shared/errors';
import { coalesce } from '../lib/coalesce';

export class Loadable<T> {
  value = $state<T | null>(null);
  loading = $state(false);
  error = $state<ErrorInfo | null>(null);

  /** Refetches; calls during a fetch are folded into one more (lib/coalesce.ts). */
  readonly load: () => Promise<void>;

  constructor(fetch: () => Promise<Result<T>>) {
    this.load = coalesce(async () => {
      this.loading = true;
      const result = await fetch();
      this.loading = false;
      if (result.ok) {
        this.value = result.value;
        this.error = null;
      } else {
        this.error = result.error;
      }
    });
  }
}
