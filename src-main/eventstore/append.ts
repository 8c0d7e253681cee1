// The append algorithm every store shares: expected-version checks, idempotency by event id,
// gap-free positions and the hash chain. A store provides the few primitive reads and the insert;
// the rules live here once, so the SQLite and in-memory stores cannot drift apart.
import { randomUUID } from 'node:crypto';
import { LedgerError } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import {
  canonicalJson,
  chainProblem,
  describeChainProblem,
  GENESIS_HASH,
  sealRecord,
  type EventRecord,
} from './encoding';
import type { AppendBatch, AppendResult, ChainReport, ExpectedVersion, LogHead } from './types';

/** The primitives a store gives the shared algorithms; called inside the store's transaction. */
export interface AppendTarget {
  head(): LogHead | null;
  streamVersion(streamId: string): number | null;
  recordById(eventId: string): EventRecord | null;
  insert(record: EventRecord): void;
  decode(record: EventRecord): StoredEvent;
  currentSchemaVersion(eventType: string): number;
}

export function appendBatches(t: AppendTarget, batches: AppendBatch[]): AppendResult {
  const duplicate = findDuplicateAppend(t, batches);
  if (duplicate) return duplicate;

  const head = t.head();
  let position = head?.position ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const positions: number[] = [];
  const stored: StoredEvent[] = [];
  const streamVersions: Record<string, number> = {};
  const ids = new Set<string>();
  const now = Date.now();

  for (const batch of batches) {
    const current = streamVersions[batch.streamId] ?? t.streamVersion(batch.streamId);
    checkExpected(batch.streamId, batch.expectedVersion, current);
    let version = current ?? 0;
    for (const e of batch.events) {
      const eventId = e.eventId ?? randomUUID();
      if (ids.has(eventId)) {
        throw new LedgerError(
          'conflict',
          `Event id ${eventId} is used twice in one append`,
          'duplicate_event_id',
          {
            eventId,
          },
        );
      }
      ids.add(eventId);
      const record = sealRecord({
        position: ++position,
        eventId,
        streamId: batch.streamId,
        streamType: batch.streamType,
        version: ++version,
        eventType: e.type,
        schemaVersion: e.schemaVersion ?? t.currentSchemaVersion(e.type),
        timestamp: e.timestamp ?? now,
        data: canonicalJson(e.data),
        metadata: canonicalJson(e.metadata ?? {}),
        prevHash,
      });
      t.insert(record);
      prevHash = record.hash;
      positions.push(position);
      stored.push(t.decode(record));
    }
    if (batch.events.length > 0 || current !== null) streamVersions[batch.streamId] = version;
  }
  return { duplicate: false, positions, lastPosition: position, streamVersions, events: stored };
}

/**
 * Idempotency by event id: an append whose events are all stored already, with the same stream,
 * type and data, returns the original positions. A reused id with other content, or a partial
 * overlap, is a conflict: something is wrong with the caller's ids.
 */
function findDuplicateAppend(t: AppendTarget, batches: AppendBatch[]): AppendResult | null {
  let found = 0;
  let total = 0;
  const positions: number[] = [];
  const stored: StoredEvent[] = [];
  const streamVersions: Record<string, number> = {};
  for (const b of batches) {
    for (const e of b.events) {
      total++;
      if (!e.eventId) continue;
      const r = t.recordById(e.eventId);
      if (!r) continue;
      if (r.streamId !== b.streamId || r.eventType !== e.type || r.data !== canonicalJson(e.data)) {
        throw new LedgerError(
          'conflict',
          `Event id ${e.eventId} is already stored with different content`,
          'event_id_reused',
          { eventId: e.eventId, position: r.position },
        );
      }
      found++;
      positions.push(r.position);
      stored.push(t.decode(r));
      streamVersions[r.streamId] = Math.max(streamVersions[r.streamId] ?? 0, r.version);
    }
  }
  if (found === 0) return null;
  if (found !== total) {
    throw new LedgerError(
      'conflict',
      'Some of these events are stored already and some are not',
      'partial_duplicate',
    );
  }
  return { duplicate: true, positions, lastPosition: Math.max(...positions), streamVersions, events: stored };
}

/**
 * Appends already-sealed records (an imported log) after checking that each continues the chain
 * and its stream. A refusal names the record by its index in `records` (details.index).
 */
export function appendSealed(
  t: AppendTarget,
  records: Iterable<EventRecord>,
): { count: number; head: LogHead | null } {
  let head = t.head();
  let count = 0;
  const versions = new Map<string, number>();
  for (const r of records) {
    const refuse = (reason: string, message: string, details: Record<string, unknown>) =>
      new LedgerError('validation', message, reason, { index: count, position: r.position, ...details });
    const problem = chainProblem(r, head ?? { position: 0, hash: GENESIS_HASH });
    if (problem) throw refuse('chain_broken', describeChainProblem(problem), { problem });
    const first = t.recordById(r.eventId);
    if (first) {
      throw refuse('duplicate_event_id', `Duplicate event id ${r.eventId}`, {
        eventId: r.eventId,
        firstPosition: first.position,
      });
    }
    const expected = (versions.get(r.streamId) ?? t.streamVersion(r.streamId) ?? 0) + 1;
    if (r.version !== expected) {
      throw refuse(
        'stream_version',
        `Stream ${r.streamId}: expected version ${expected}, found ${r.version}`,
        {
          expected,
        },
      );
    }
    t.insert(r);
    versions.set(r.streamId, r.version);
    head = { position: r.position, hash: r.hash };
    count++;
  }
  return { count, head };
}

/** Walks records in position order from `after` (its hash `afterHash`): gap-free, linked, untampered. */
export function verifyRecords(
  records: Iterable<EventRecord>,
  from: LogHead | null,
  onProgress?: (checked: number) => void,
): ChainReport {
  let prev = from ?? { position: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (const r of records) {
    const problem = chainProblem(r, prev);
    if (problem) return { ok: false, checked, brokenAt: r.position, message: describeChainProblem(problem) };
    prev = { position: r.position, hash: r.hash };
    checked++;
    if (onProgress && checked % 10000 === 0) onProgress(checked);
  }
  return { ok: true, checked, brokenAt: null, message: `All ${checked} events verified` };
}

function checkExpected(streamId: string, expected: ExpectedVersion, actual: number | null): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === null) ||
    (expected === 'stream_exists' && actual !== null) ||
    (typeof expected === 'number' && (expected === 0 ? actual === null : actual === expected));
  if (!ok) {
    throw new LedgerError(
      'conflict',
      `Stream ${streamId} changed meanwhile: expected ${describe(expected)}, found ${actual === null ? 'no stream' : `version ${actual}`}`,
      'wrong_expected_version',
      { streamId, expected, actual },
    );
  }
}

function describe(e: ExpectedVersion): string {
  if (typeof e === 'number') return e === 0 ? 'no stream' : `version ${e}`;
  return e === 'no_stream' ? 'no stream' : e === 'stream_exists' ? 'an existing stream' : 'any version';
}
