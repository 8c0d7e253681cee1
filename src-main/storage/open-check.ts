// The chain check on every open, cheaply. The ledger remembers (ledger_meta 'verified_head') the
// last head whose chain was verified; opening re-checks that event (its hash recomputed and still
// the remembered one) and walks only from there to the head. A break (an event edited, appended
// with a wrong hash, or the log shorter than the remembered head) marks the ledger as not to be
// written: commands are refused until the user verifies and restores. Without a remembered head
// (a ledger from before this check) the whole chain is walked once.
import type { LogHead } from '../eventstore/types';
import type { LedgerStorage } from './ledger-storage';

export const VERIFIED_HEAD_KEY = 'verified_head';

export interface OpenCheck {
  ok: boolean;
  /** Events whose hashes were recomputed by this check. */
  checked: number;
  /** First position found broken (or the first missing one), null when ok. */
  brokenAt: number | null;
  message: string;
  /** The log ends before the remembered head: these positions are gone. */
  missing: { from: number; to: number } | null;
}

function rememberedHead(storage: Pick<LedgerStorage, 'meta'>): LogHead | null {
  let v: unknown;
  try {
    v = storage.meta.get<unknown>(VERIFIED_HEAD_KEY);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { position, hash } = v as Partial<LogHead>;
  return typeof position === 'number' &&
    Number.isSafeInteger(position) &&
    position > 0 &&
    typeof hash === 'string'
    ? { position, hash }
    : null;
}

/** Verifies the chain from the remembered head (or from the start) to the head; writes nothing. */
export function checkChainSinceVerified(storage: Pick<LedgerStorage, 'store' | 'meta'>): OpenCheck {
  const { store } = storage;
  const remembered = rememberedHead(storage);
  const headPosition = store.headPosition();
  if (remembered) {
    if (headPosition < remembered.position) {
      const from = headPosition + 1;
      return {
        ok: false,
        checked: 0,
        brokenAt: from,
        message: `The log ends at position ${headPosition}, but events up to position ${remembered.position} were verified in this file: positions ${from}–${remembered.position} are missing`,
        missing: { from, to: remembered.position },
      };
    }
    const at = store.recordAt(remembered.position);
    if (!at || at.hash !== remembered.hash) {
      return {
        ok: false,
        checked: 0,
        brokenAt: remembered.position,
        message: `The event at position ${remembered.position} is not the one verified earlier (its hash changed)`,
        missing: null,
      };
    }
  }
  // From the event before the remembered one, so that one's hash is recomputed from its content.
  const from = remembered ? remembered.position - 1 : 0;
  const chain = store.verify(undefined, from);
  return chain.ok
    ? { ok: true, checked: chain.checked, brokenAt: null, message: chain.message, missing: null }
    : { ok: false, checked: chain.checked, brokenAt: chain.brokenAt, message: chain.message, missing: null };
}

/** Remembers the head as verified when it moved; best effort (a read-only or full disk skips it). */
export function rememberVerifiedHead(storage: Pick<LedgerStorage, 'store' | 'meta'>): void {
  const head = storage.store.head();
  if (!head) return;
  const remembered = rememberedHead(storage);
  if (remembered && remembered.position === head.position && remembered.hash === head.hash) return;
  try {
    storage.meta.set(VERIFIED_HEAD_KEY, { position: head.position, hash: head.hash });
  } catch {
    /* not writable now: the next open walks a little further */
  }
}
