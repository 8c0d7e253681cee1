// The whole check of a ledger: the hash chain, then every projection against a fresh fold of the
// log (built aside and compared, never swapped). Runs in the rebuild worker for the app,
// in-process for the CLI.
import type { VerificationReport } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { RebuildOptions } from '../projections/types';
import type { LedgerStorage } from '../storage/ledger-storage';

export interface VerifyOptions {
  /** Events checked of the phase's total (the chain reports every 10,000, the fold per batch). */
  onProgress?: (phase: 'chain' | 'projections', done: number, total: number) => void;
  /** Polled between steps: true stops the check with a 'cancelled' error (nothing recorded). */
  isCancelled?: () => boolean;
  /** How the projections' fold yields to writers (the worker passes the rebuild's own pauses). */
  fold?: Pick<RebuildOptions, 'sleep' | 'writerWaiting' | 'pauseMs'>;
}

const cancelled = () => new LedgerError('cancelled', 'The verification was cancelled; the last result stays');

export function verifyLedger(
  storage: Pick<LedgerStorage, 'store' | 'projections'>,
  options: VerifyOptions = {},
): VerificationReport {
  const { onProgress, isCancelled } = options;
  if (isCancelled?.()) throw cancelled();
  const chain = storage.store.verify(
    onProgress || isCancelled
      ? (done, total) => {
          if (isCancelled?.()) throw cancelled();
          onProgress?.('chain', done, total);
        }
      : undefined,
  );
  if (isCancelled?.()) throw cancelled();
  const differences = chain.ok
    ? storage.projections.rebuild({
        dryRun: true,
        ...options.fold,
        ...(isCancelled ? { isCancelled } : {}),
        ...(onProgress
          ? { onProgress: (done: number, total: number) => onProgress('projections', done, total) }
          : {}),
      }).differences
    : [];
  return {
    ok: chain.ok && differences.length === 0,
    checkedAt: new Date().toISOString(),
    chain,
    projections: { ok: differences.length === 0, differences },
  };
}
