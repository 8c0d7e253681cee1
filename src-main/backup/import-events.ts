// Import: an exported JSON Lines log into a NEW ledger. Every line is parsed and checked (schema,
// positions gap-free from 1, stream versions contiguous, unique event ids, the hash chain
// recomputed) while rows go into a hidden temporary ledger in one transaction; the first problem
// is reported with its line number and the temporary file is deleted, so nothing is imported.
// Only a complete, verified log is renamed to the target, after its projections were built.
import type Database from 'better-sqlite3';
import { connect } from '../eventstore/open-database';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LedgerError } from '../../src-shared/errors';
import { EventDataSchemas, EventTypeSchema } from '../../src-shared/events';
import { canonicalJson, eventHash, GENESIS_HASH } from '../eventstore/hash';
import { openStore } from '../eventstore/open-store';
import { Projector } from '../projections/projector';
import { type FileOps, nodeFileOps, randomTag, removeQuietly, writeError } from './file-ops';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');

const ImportLine = z.object({
  position: z.number().int().min(1),
  eventId: z.string().min(1),
  aggregateId: z.string().min(1),
  aggregateType: z.string().min(1),
  eventType: EventTypeSchema,
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  timestamp: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()),
  prevHash: Hash,
  hash: Hash,
});

export interface ImportResult {
  path: string;
  eventCount: number;
  headPosition: number;
  headHash: string | null;
}

const bad = (file: string, line: number, message: string) =>
  new LedgerError(
    'validation',
    `${basename(file)} line ${line}: ${message}. Nothing was imported.`,
    'import_invalid',
    { file, line },
  );

/** The target must not exist, be an empty file, or be a ledger without events. */
function assertEmptyTarget(target: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isFile())
    throw new LedgerError('validation', `${target} is not a file`, 'target_not_empty');
  if (statSync(target).size === 0) return;
  let events: number;
  try {
    const db = connect(target, { readonly: true, fileMustExist: true });
    try {
      events = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    events = -1;
  }
  if (events !== 0) {
    throw new LedgerError(
      'validation',
      `${target} already exists and is not an empty ledger; import into a new file`,
      'target_not_empty',
      { path: target },
    );
  }
}

export async function importEvents(
  targetPath: string,
  file: string,
  options: { ops?: FileOps; onProgress?: (lines: number) => void } = {},
): Promise<ImportResult> {
  const ops = options.ops ?? nodeFileOps;
  const target = resolve(targetPath);
  if (!existsSync(file))
    throw new LedgerError('io', `There is no file at ${file}`, 'file_missing', { path: file });
  assertEmptyTarget(target);

  ops.mkdir(dirname(target));
  const tmp = join(dirname(target), `.${basename(target)}.import-${randomTag()}`);
  const discard = () => {
    for (const s of ['', '-wal', '-shm', '-journal']) removeQuietly(ops, tmp + s);
  };
  let db: Database.Database | null = null;
  try {
    const opened = openStore(tmp, { create: true });
    db = opened.db;
    const insert = db.prepare(
      `INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version,
         timestamp, data, metadata, command_id, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const firstWithId = db.prepare('SELECT position FROM events WHERE event_id = ?').pluck();
    const streams = new Map<string, { type: string; version: number }>();
    let prevHash = GENESIS_HASH;
    let position = 0;
    let lineNo = 0;
    let blankAt = 0;

    db.exec('BEGIN IMMEDIATE');
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      const text = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line; // a byte-order mark from an editor
      if (text.trim() === '') {
        blankAt ||= lineNo;
        continue;
      }
      // A blank line is only allowed at the very end of the file.
      if (blankAt) throw bad(file, blankAt, 'empty line in the middle of the log');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw bad(file, lineNo, `not valid JSON (${(e as Error).message})`);
      }
      const parsed = ImportLine.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw bad(file, lineNo, `${issue.path.join('.') || 'line'}: ${issue.message}`);
      }
      const e = parsed.data;
      if (e.position !== position + 1) {
        throw bad(
          file,
          lineNo,
          e.position <= position
            ? `position ${e.position} repeats or goes backwards (expected ${position + 1})`
            : `gap in the log: expected position ${position + 1}, found ${e.position}`,
        );
      }
      const stream = streams.get(e.aggregateId);
      const expectedVersion = (stream?.version ?? 0) + 1;
      if (e.version !== expectedVersion)
        throw bad(
          file,
          lineNo,
          `stream ${e.aggregateId}: expected version ${expectedVersion}, found ${e.version}`,
        );
      if (stream && stream.type !== e.aggregateType)
        throw bad(
          file,
          lineNo,
          `stream ${e.aggregateId} changes type from ${stream.type} to ${e.aggregateType}`,
        );
      const timestamp = Date.parse(e.timestamp);
      if (new Date(timestamp).toISOString() !== e.timestamp)
        throw bad(file, lineNo, `timestamp ${e.timestamp} is not in the exported form (UTC, milliseconds)`);
      if (e.prevHash !== prevHash)
        throw bad(file, lineNo, `event ${e.position} does not link to the one before it (prevHash)`);
      const data = canonicalJson(e.data);
      const metadata = canonicalJson(e.metadata);
      const hash = eventHash(prevHash, {
        position: e.position,
        eventId: e.eventId,
        streamId: e.aggregateId,
        streamType: e.aggregateType,
        version: e.version,
        eventType: e.eventType,
        schemaVersion: e.schemaVersion,
        timestamp,
        data,
        metadata,
      });
      if (hash !== e.hash)
        throw bad(file, lineNo, `event ${e.position} was altered: its hash does not match`);
      const commandId = typeof e.metadata.commandId === 'string' ? e.metadata.commandId : null;
      // The event must mean something to this app (after upcasting an older schema version),
      // or the projections could not fold it.
      let stored;
      try {
        stored = opened.store.toStored({
          position: e.position,
          event_id: e.eventId,
          stream_id: e.aggregateId,
          stream_type: e.aggregateType,
          version: e.version,
          event_type: e.eventType,
          schema_version: e.schemaVersion,
          timestamp,
          data,
          metadata,
          command_id: commandId,
          prev_hash: prevHash,
          hash,
        });
      } catch (err) {
        throw bad(
          file,
          lineNo,
          `${e.eventType} (schema ${e.schemaVersion}) cannot be read: ${(err as Error).message}`,
        );
      }
      const meaning = EventDataSchemas[e.eventType].safeParse(stored.data);
      if (!meaning.success) {
        const issue = meaning.error.issues[0]!;
        throw bad(file, lineNo, `${e.eventType} data: ${issue.path.join('.') || 'data'}: ${issue.message}`);
      }
      try {
        insert.run(
          e.position,
          e.eventId,
          e.aggregateId,
          e.aggregateType,
          e.version,
          e.eventType,
          e.schemaVersion,
          timestamp,
          data,
          metadata,
          commandId,
          prevHash,
          hash,
        );
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          const first = firstWithId.get(e.eventId) as number | undefined;
          throw bad(
            file,
            lineNo,
            `duplicate event id ${e.eventId}${first ? ` (already used by the event at position ${first})` : ''}`,
          );
        }
        throw err;
      }
      streams.set(e.aggregateId, { type: e.aggregateType, version: e.version });
      prevHash = hash;
      position = e.position;
      if (lineNo % 10_000 === 0) options.onProgress?.(lineNo);
    }
    db.exec('COMMIT');

    // Build the read model now, so the first open of the imported ledger is instant.
    new Projector(db, opened.store).open();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = null;
    ops.fsync(tmp);
    for (const s of ['-wal', '-shm', '-journal']) if (existsSync(target + s)) ops.unlink(target + s);
    ops.rename(tmp, target);
    ops.fsync(dirname(target));
    return {
      path: target,
      eventCount: position,
      headPosition: position,
      headHash: position ? prevHash : null,
    };
  } catch (e) {
    if (db?.inTransaction) db.exec('ROLLBACK');
    db?.close();
    discard();
    throw e instanceof LedgerError ? e : writeError(e, target, 'the imported ledger');
  }
}
