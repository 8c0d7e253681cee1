// What to tell the user when a ledger file cannot be opened, and the recovery loop that follows
// (open another file / restore from a backup / quit). Electron-free: dialogs come in as functions,
// so the loop is unit tested. Nothing touches the failing file until the user picks a recovery.
import { basename } from 'node:path';
import { toErrorInfo, type ErrorInfo } from '../../src-shared/errors';

export const FAILURE_BUTTONS = ['Open Another File…', 'Restore from Backup…', 'Quit'] as const;
export type FailureChoice = 'open-another' | 'restore' | 'quit';
export const choiceForButton = (index: number): FailureChoice =>
  index === 0 ? 'open-another' : index === 1 ? 'restore' : 'quit';

export interface FailureMessage {
  title: string;
  message: string;
  detail: string;
}

const REASONS: Record<string, string> = {
  file_corrupt:
    'The file is damaged: SQLite reports it as malformed. A backup taken before the damage can replace it.',
  file_locked:
    'Another program (or another copy of Ledger) is using the file. Close it and try again, or open another file.',
  file_readonly: 'The file or its folder is read-only, so Ledger cannot record anything in it.',
  schema_newer:
    'The file was written by a newer version of Ledger. Update Ledger to open it; this version will not change it.',
  not_a_ledger: 'The file is not a Ledger file (it is not a SQLite database with a ledger in it).',
  schema_mismatch:
    'The file holds tables, triggers or views this version of Ledger does not create, so it is not used. A backup can replace it.',
  not_found: 'The file does not exist (it may have been moved or deleted).',
};

/** The loader's message when a native module was compiled for another ABI. */
const NATIVE_ABI = /NODE_MODULE_VERSION|compiled against a different Node\.js version/;

export function describeOpenFailure(error: unknown, path: string): FailureMessage {
  const info: ErrorInfo = toErrorInfo(error);
  const known = info.reason
    ? REASONS[info.reason]
    : NATIVE_ABI.test(info.message)
      ? 'better-sqlite3 was built for Node.js, not for Electron. In a development checkout run ' +
        '`node scripts/ensure-electron-sqlite.mjs` (it needs network access), then start Ledger again.'
      : undefined;
  const message = `Ledger could not open “${basename(path)}”.`;
  const why =
    known ??
    (info.code === 'io'
      ? `The file could not be read: ${info.message}`
      : `An unexpected error stopped Ledger from opening it: ${info.message}`);
  return {
    title: 'Cannot open ledger',
    message,
    detail: `${why}\n\nFile: ${path}\n\nThe file has not been modified.`,
  };
}

export interface RecoveryDeps<L> {
  /** Opens a ledger; throws (LedgerError or anything else) when it cannot. */
  open(path: string): L;
  /** Shows the failure and returns the user's choice. */
  ask(message: FailureMessage): Promise<FailureChoice>;
  /** Lets the user pick another ledger file; null when cancelled. */
  pickLedger(): Promise<string | null>;
  /** Lets the user pick a backup and restores it over `path`; false when cancelled or failed. */
  restoreInto(path: string): Promise<boolean>;
  log?(message: string, error: unknown): void;
}

/**
 * Try `path`; on failure loop through the user's recovery choices until a ledger opens or the
 * user quits (null). Cancelling a picker comes back to the same question.
 */
export async function openWithRecovery<L>(
  path: string,
  deps: RecoveryDeps<L>,
): Promise<{ ledger: L; path: string } | null> {
  let current = path;
  for (;;) {
    try {
      return { ledger: deps.open(current), path: current };
    } catch (error) {
      deps.log?.(`Cannot open ledger ${current}`, error);
      for (;;) {
        const choice = await deps.ask(describeOpenFailure(error, current));
        if (choice === 'quit') return null;
        if (choice === 'open-another') {
          const picked = await deps.pickLedger();
          if (picked) {
            current = picked;
            break;
          }
        } else if (await deps.restoreInto(current)) {
          break;
        }
      }
    }
  }
}
