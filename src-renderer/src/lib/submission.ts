// One command id per user submission. A retry of the very same submission (after the answer
// was lost) reuses the id, so the core applies it at most once; anything else gets a new id.
export class Submission {
  private id: string | null = null;
  private key: string | null = null;

  /** The command id for this payload. */
  idFor(payload: unknown): string {
    const key = JSON.stringify(payload);
    if (this.id === null || this.key !== key) {
      this.id = crypto.randomUUID();
      this.key = key;
    }
    return this.id;
  }

  /** The core answered (success or a definite refusal): the next submission is a new one. */
  settle(): void {
    this.id = null;
    this.key = null;
  }
}

/** Transport failures leave the outcome unknown: keep the id so a retry stays idempotent. */
export function outcomeUnknown(error: { code: string; reason?: string | undefined }): boolean {
  return error.code === 'io' && error.reason === 'unreachable';
}
