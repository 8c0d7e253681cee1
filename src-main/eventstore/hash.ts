// Tamper evidence: each event's hash covers its stored columns and the previous event's hash,
// so changing any byte of any event breaks the chain from that position on.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same value always has the same text (and hash). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

export interface HashInput {
  position: number;
  eventId: string;
  streamId: string;
  streamType: string;
  version: number;
  eventType: string;
  schemaVersion: number;
  timestamp: number;
  data: string;
  metadata: string;
}

export function eventHash(prevHash: string, e: HashInput): string {
  return createHash('sha256')
    .update(
      `${prevHash}\n${e.position}\n${e.eventId}\n${e.streamId}\n${e.streamType}\n${e.version}\n` +
        `${e.eventType}\n${e.schemaVersion}\n${e.timestamp}\n${e.data}\n${e.metadata}`,
    )
    .digest('hex');
}
