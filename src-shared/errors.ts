// The error codes that cross a process boundary (IPC, HTTP bridge, CLI exit codes).
import { z } from 'zod';

export const ErrorCode = z.enum([
  'validation', // malformed input: bad amount, unknown currency, bad payload
  'not_found', // unknown account, event or file
  'conflict', // concurrent append won, or an event id reused with other content
  'domain', // a business rule refused the command (insufficient funds, closed account)
  'io', // the ledger file: unreadable, corrupt, locked, read-only, newer schema, disk full
  'cancelled', // long work stopped by the user
  'internal', // a bug: never expected
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorInfo = z.object({
  code: ErrorCode,
  /** Finer reason, e.g. 'insufficient_funds', 'file_locked', 'schema_newer'. */
  reason: z.string().optional(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

/** A typed error any layer can throw; adapters turn it into an envelope or an exit code. */
export class LedgerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'LedgerError';
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

export const isLedgerError = (e: unknown): e is LedgerError => e instanceof LedgerError;

export function toErrorInfo(e: unknown): ErrorInfo {
  if (isLedgerError(e)) return e.toInfo();
  if (e instanceof z.ZodError) {
    return { code: 'validation', message: formatZodError(e) };
  }
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export function formatZodError(e: z.ZodError): string {
  return e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** The result envelope every IPC/HTTP call returns: never a thrown error across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorInfo }),
  ]);

/** CLI exit codes (README): 0 done, 1 domain rule, 2 invalid input, 3 conflict, 4 file problem. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'domain':
      return 1;
    case 'validation':
    case 'not_found':
      return 2;
    case 'conflict':
      return 3;
    case 'io':
      return 4;
    case 'cancelled':
      return 5;
    case 'internal':
      return 70;
  }
}
