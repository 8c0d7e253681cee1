// The facts that tie a backup to one exact prefix of the log, and the checks' result types.
import type { EventStore } from '../eventstore/types';

export interface BackupFacts {
  eventCount: number;
  headPosition: number;
  /** Hash of the last event (null for an empty log): ties the copy to one exact log prefix. */
  headHash: string | null;
  schemaVersion: number;
}

export type ExpectedFacts = Omit<BackupFacts, 'schemaVersion'>;

export type VerifyFailure =
  | 'file_missing'
  | 'file_corrupt'
  | 'file_truncated'
  | 'not_a_ledger'
  | 'schema_mismatch'
  | 'schema_newer'
  | 'integrity_failed'
  | 'chain_broken'
  | 'rules_broken'
  | 'mismatch';

export type VerifyResult =
  | { ok: true; facts: BackupFacts; message: string }
  | { ok: false; reason: VerifyFailure; message: string; facts: BackupFacts | null };

/** Reads the facts every check needs from an open store (one consistent read). */
export function readFacts(store: Pick<EventStore, 'count' | 'head'>): ExpectedFacts {
  const head = store.head();
  return { eventCount: store.count(), headPosition: head?.position ?? 0, headHash: head?.hash ?? null };
}
