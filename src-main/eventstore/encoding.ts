// The one encoder of stored events: canonical JSON, the hash chain, and the conversion between
// the stored form (a record: the JSON exactly as hashed) and the event the app reads (upcast to
// the type's current schema). Append, verify, import, export and backup verification all use it,
// whatever the store, so the same event always has the same bytes and the same hash.
import { createHash } from 'node:crypto';
import type { EventType, StoredEvent } from '../../src-shared/events';
import { PROJECTED_METADATA_KEYS, type ProjectedEvent, type ProjectedMetadata } from './types';

export const GENESIS_HASH = '0'.repeat(64);

/** An event in its stored form: what is hashed, exported and imported. */
export interface EventRecord {
  position: number;
  eventId: string;
  streamId: string;
  streamType: string;
  version: number;
  eventType: string;
  schemaVersion: number;
  /** ms since the epoch, UTC. */
  timestamp: number;
  /** Canonical JSON. */
  data: string;
  /** Canonical JSON. */
  metadata: string;
  prevHash: string;
  hash: string;
}

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

/** SHA-256 over every stored column but the hash itself, chained to the previous event's hash. */
export function hashRecord(r: Omit<EventRecord, 'hash'>): string {
  return createHash('sha256')
    .update(
      `${r.prevHash}\n${r.position}\n${r.eventId}\n${r.streamId}\n${r.streamType}\n${r.version}\n` +
        `${r.eventType}\n${r.schemaVersion}\n${r.timestamp}\n${r.data}\n${r.metadata}`,
    )
    .digest('hex');
}

/** Builds a record with its hash from the fields of a new event. */
export function sealRecord(r: Omit<EventRecord, 'hash'>): EventRecord {
  return { ...r, hash: hashRecord(r) };
}

/** How a record fails to continue the chain. */
export type ChainProblem =
  | { kind: 'gap' | 'repeat'; position: number; expected: number }
  | { kind: 'unlinked' | 'altered'; position: number };

/** Why a record does not continue the chain after `prev` (null when it does). */
export function chainProblem(r: EventRecord, prev: { position: number; hash: string }): ChainProblem | null {
  const expected = prev.position + 1;
  if (r.position !== expected)
    return { kind: r.position < expected ? 'repeat' : 'gap', position: r.position, expected };
  if (r.prevHash !== prev.hash) return { kind: 'unlinked', position: r.position };
  if (hashRecord(r) !== r.hash) return { kind: 'altered', position: r.position };
  return null;
}

export function describeChainProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'gap':
    case 'repeat':
      return `Gap in the log: expected position ${p.expected}, found ${p.position}`;
    case 'unlinked':
      return `Event at position ${p.position} does not link to the one before it`;
    case 'altered':
      return `Event at position ${p.position} was altered: its hash does not match its content`;
  }
}

/** Turns stored data of an older schema version into the type's current shape. */
export type Upcast = (
  eventType: string,
  storedVersion: number,
  data: Record<string, unknown>,
  timestamp: number,
) => { schemaVersion: number; data: Record<string, unknown> };

export const noUpcast: Upcast = (_t, schemaVersion, data) => ({ schemaVersion, data });

/** The event the app reads, from its stored form. */
export function decodeRecord(r: EventRecord, upcast: Upcast): StoredEvent {
  const { schemaVersion, data } = upcast(r.eventType, r.schemaVersion, JSON.parse(r.data), r.timestamp);
  return {
    eventId: r.eventId,
    aggregateId: r.streamId,
    aggregateType: r.streamType,
    eventType: r.eventType as EventType,
    version: r.version,
    position: r.position,
    timestamp: new Date(r.timestamp).toISOString(),
    schemaVersion,
    data,
    metadata: JSON.parse(r.metadata),
    hash: r.hash,
    prevHash: r.prevHash,
  } as StoredEvent;
}

/** The projection's view of an event (no metadata, no hashes). */
export function projectedEvent(
  r: Pick<
    EventRecord,
    'position' | 'eventId' | 'streamId' | 'streamType' | 'version' | 'eventType' | 'timestamp'
  >,
  decoded: { schemaVersion: number; data: Record<string, unknown> },
  projectedMetadata?: ProjectedMetadata,
): ProjectedEvent {
  return {
    ...(projectedMetadata ? { projectedMetadata } : {}),
    eventId: r.eventId,
    aggregateId: r.streamId,
    aggregateType: r.streamType,
    eventType: r.eventType,
    version: r.version,
    position: r.position,
    timestamp: new Date(r.timestamp).toISOString(),
    schemaVersion: decoded.schemaVersion,
    data: decoded.data,
  } as ProjectedEvent;
}

/**
 * The keys of PROJECTED_METADATA_KEYS in a stored metadata text; null (the text was not read:
 * the SQL passes it only when it names an import) means none of them.
 */
export function projectedMetadataOf(text: string | null): ProjectedMetadata {
  if (text === null) return {};
  const m = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of PROJECTED_METADATA_KEYS) if (typeof m[k] === 'string') out[k] = m[k];
  return out;
}

/** One exported line (JSON Lines), field by field: data and metadata are the stored JSON. */
export function exportLine(r: EventRecord): string {
  return (
    `{"position":${r.position},"eventId":${JSON.stringify(r.eventId)},` +
    `"aggregateId":${JSON.stringify(r.streamId)},"aggregateType":${JSON.stringify(r.streamType)},` +
    `"eventType":${JSON.stringify(r.eventType)},"version":${r.version},"schemaVersion":${r.schemaVersion},` +
    `"timestamp":${JSON.stringify(new Date(r.timestamp).toISOString())},` +
    `"data":${r.data},"metadata":${r.metadata},` +
    `"prevHash":${JSON.stringify(r.prevHash)},"hash":${JSON.stringify(r.hash)}}\n`
  );
}
