// The whole check of a ledger: the hash chain, then every projection against a fresh fold of the
// log (built aside and compared, never swapped). Runs in the rebuild worker for the app,
// in-process for the CLI.
import type { VerificationReport } from '../../src-shared/contract';
import type { LedgerStorage } from '../storage/ledger-storage';

export function verifyLedger(storage: Pick<LedgerStorage, 'store' | 'projections'>): VerificationReport {
  const chain = storage.store.verify();
  const differences = chain.ok ? storage.projections.rebuild({ dryRun: true }).differences : [];
  return {
    ok: chain.ok && differences.length === 0,
    checkedAt: new Date().toISOString(),
    chain,
    projections: { ok: differences.length === 0, differences },
  };
}
