// Runs one command for a form: pending flag (the button is disabled while it is set, so a
// double-click cannot post twice), the error to show beside the form, and the command id.
import type { ErrorInfo, Result } from '../../../src-shared/errors';
import { outcomeUnknown, Submission } from './submission';

export class CommandState {
  pending = $state(false);
  error = $state<ErrorInfo | null>(null);
  #submission = new Submission();

  /** `payload` identifies the submission (same payload on retry = same command id). */
  async run<T>(payload: unknown, send: (commandId: string) => Promise<Result<T>>): Promise<Result<T> | null> {
    if (this.pending) return null;
    this.pending = true;
    this.error = null;
    try {
      const result = await send(this.#submission.idFor(payload));
      if (result.ok || !outcomeUnknown(result.error)) this.#submission.settle();
      if (!result.ok) this.error = result.error;
      return result;
    } finally {
      this.pending = false;
    }
  }

  reset(): void {
    this.error = null;
  }
}
