// Import: an exported JSON Lines log into a NEW ledger. Every line is parsed and checked (its
// shape and meaning here; positions gap-free from 1, stream versions contiguous, unique event ids
// and the hash chain by the store it is appended through) into a hidden temporary ledger; the
// first problem is reported with its line number and the temporary file is deleted, so nothing
// is imported.
// Only a complete, verified log is renamed to the target, after its projections were built.
import { VERIFIED_HEAD_KEY } from '../storage/open-check';
import { writeSeenHead } from './seen-head';
import { registerOpen } from '../storage/open-registry';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LedgerError } from '../../src-shared/errors';
import {
  AggregateType,
  CurrentSchemaVersion,
  EventDataSchemas,
  EventTypeSchema,
} from '../../src-shared/events';
import { Id } from '../../src-shared/events/fields';
import { RuleReplay } from './replay-rules';
import { canonicalJson, type ChainProblem, type EventRecord } from '../eventstore/encoding';
import { openStore } from '../eventstore/sqlite/open-store';
import type { EventStore } from '../eventstore/types';
import { openSqliteLedger, type SqliteLedgerStorage } from '../storage/sqlite/sqlite-ledger-storage';
import { type FileOps, nodeFileOps, randomTag, removeQuietly, writeError } from './file-ops';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');

const ImportLine = z.object({
  position: z.number().int().min(1),
  eventId: Id,
  aggregateId: Id,
  aggregateType: AggregateType,
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
    const { db, store } = openStore(target, { readonly: true, create: false });
    try {
      events = store.count();
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
  // Our temporary next to the target is ours while we run: no other open sweeps it meanwhile.
  ops.mkdir(dirname(target));
  const unregister = registerOpen(target);
  try {
    return await importInto(target, file, ops, options);
  } finally {
    unregister();
  }
}

async function importInto(
  target: string,
  file: string,
  ops: FileOps,
  options: { onProgress?: (lines: number) => void },
): Promise<ImportResult> {
  ops.mkdir(dirname(target));
  const tmp = join(dirname(target), `.${basename(target)}.import-${randomTag()}`);
  const discard = () => {
    for (const s of ['', '-wal', '-shm', '-journal']) removeQuietly(ops, tmp + s);
  };
  let storage: SqliteLedgerStorage | null = null;
  try {
    storage = openSqliteLedger(tmp, { create: true, catchUp: false, requireWritable: false });
    const store = storage.store;
    // Lines go to the store in chunks: each chunk is checked by the store (chain, ids, stream
    // versions) as it is appended. The file is a hidden temporary one, so a refusal anywhere
    // leaves nothing behind, and memory stays flat whatever the size of the log.
    const chunk: Array<{ record: EventRecord; line: number }> = [];
    const flush = () => {
      try {
        store.appendRecords(chunk.map((c) => c.record));
      } catch (e) {
        const index = e instanceof LedgerError ? (e.details?.index as number | undefined) : undefined;
        if (index === undefined || !chunk[index]) throw e;
        throw bad(file, chunk[index].line, refusalText(e as LedgerError));
      } finally {
        chunk.length = 0;
      }
    };
    const streamTypes = new Map<string, string>();
    const replay = new RuleReplay();
    let lineNo = 0;
    let blankAt = 0;
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      const text = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line; // a byte-order mark from an editor
      if (text.trim() === '') {
        blankAt ||= lineNo;
        continue;
      }
      try {
        // A blank line is only allowed at the very end of the file.
        if (blankAt) throw bad(file, blankAt, 'empty line in the middle of the log');
        const record = parseLine(file, lineNo, text, streamTypes, store, replay);
        chunk.push({ record, line: lineNo });
      } catch (e) {
        flush(); // a problem on an earlier line is reported first
        throw e;
      }
      if (chunk.length >= IMPORT_CHUNK) flush();
      if (lineNo % 10_000 === 0) options.onProgress?.(lineNo);
    }
    flush();
    // The invariant across streams, over the whole log: no transfer with one side only.
    const unpaired = replay.finish();
    if (unpaired) throw bad(file, unpaired.ref, unpaired.message);
    const head = store.head();

    // Build the read model now, so the first open of the imported ledger is instant.
    storage.projections.open();
    // This import verified the whole chain: the first open walks nothing more.
    if (head) storage.meta.set(VERIFIED_HEAD_KEY, { position: head.position, hash: head.hash });
    storage.checkpoint();
    storage.close();
    storage = null;
    ops.fsync(tmp);
    for (const s of ['-wal', '-shm', '-journal']) if (existsSync(target + s)) ops.unlink(target + s);
    ops.rename(tmp, target);
    ops.fsync(dirname(target));
    writeSeenHead(target, head);
    return {
      path: target,
      eventCount: head?.position ?? 0,
      headPosition: head?.position ?? 0,
      headHash: head?.hash ?? null,
    };
  } catch (e) {
    storage?.close();
    discard();
    throw e instanceof LedgerError ? e : writeError(e, target, 'the imported ledger');
  }
}

/** Events appended per store call during an import. */
const IMPORT_CHUNK = 2000;

/** One line to its stored record, with the checks only a line can have (shape, meaning). */
function parseLine(
  file: string,
  lineNo: number,
  text: string,
  streamTypes: Map<string, string>,
  store: EventStore,
  replay: RuleReplay,
): EventRecord {
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
  if (e.schemaVersion > CurrentSchemaVersion[e.eventType])
    throw bad(
      file,
      lineNo,
      `${e.eventType} has schema version ${e.schemaVersion}; this app knows up to ${CurrentSchemaVersion[e.eventType]}`,
    );
  const type = streamTypes.get(e.aggregateId);
  if (type && type !== e.aggregateType)
    throw bad(file, lineNo, `stream ${e.aggregateId} changes type from ${type} to ${e.aggregateType}`);
  streamTypes.set(e.aggregateId, e.aggregateType);
  const timestamp = Date.parse(e.timestamp);
  if (new Date(timestamp).toISOString() !== e.timestamp)
    throw bad(file, lineNo, `timestamp ${e.timestamp} is not in the exported form (UTC, milliseconds)`);
  const record: EventRecord = {
    position: e.position,
    eventId: e.eventId,
    streamId: e.aggregateId,
    streamType: e.aggregateType,
    version: e.version,
    eventType: e.eventType,
    schemaVersion: e.schemaVersion,
    timestamp,
    data: canonicalJson(e.data),
    metadata: canonicalJson(e.metadata),
    prevHash: e.prevHash,
    hash: e.hash,
  };
  // The event must mean something to this app (after upcasting an older schema version), or the
  // projections could not fold it.
  let stored;
  try {
    stored = store.decode(record);
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
  const broken = replay.check(stored, lineNo);
  if (broken)
    throw bad(file, lineNo, `${e.eventType} at position ${e.position} breaks the ledger's rules: ${broken}`);
  return record;
}

/** The store's refusal of an imported event, worded for a line of the file. */
function refusalText(e: LedgerError): string {
  const d = e.details ?? {};
  if (e.reason === 'duplicate_event_id')
    return `duplicate event id ${String(d.eventId)} (already used by the event at position ${String(d.firstPosition)})`;
  if (e.reason === 'stream_version') return e.message.replace(/^Stream/, 'stream');
  const p = d.problem as ChainProblem | undefined;
  switch (p?.kind) {
    case 'gap':
      return `gap in the log: expected position ${p.expected}, found ${p.position}`;
    case 'repeat':
      return `position ${p.position} repeats or goes backwards (expected ${p.expected})`;
    case 'unlinked':
      return `event ${p.position} does not link to the one before it (prevHash)`;
    case 'altered':
      return `event ${p.position} was altered: its hash does not match`;
    case undefined:
      return e.message;
  }
}
