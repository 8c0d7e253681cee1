// Export: the whole event log as JSON Lines, one event per line with its full envelope, in the
// STORED form (the data and metadata exactly as hashed, not upcast), so any tool can re-verify the
// chain. Streamed a page at a time; written to a hidden temporary file, fsynced, then renamed.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { exportLine } from '../eventstore/encoding';
import type { EventStore } from '../eventstore/types';
import { type FileOps, nodeFileOps, randomTag, removeQuietly, writeError } from './file-ops';

export interface ExportResult {
  file: string;
  eventCount: number;
  headPosition: number;
  bytes: number;
}

type StoreSource = EventStore | { readonly store: EventStore };

const storeOf = (s: StoreSource): EventStore => ('readRecords' in s ? s : s.store);

export async function exportEvents(
  source: StoreSource,
  file: string,
  options: { ops?: FileOps; onProgress?: (done: number, total: number) => void } = {},
): Promise<ExportResult> {
  const ops = options.ops ?? nodeFileOps;
  const store = storeOf(source);
  // The export is the log as it was when it started: later appends are left for the next one.
  const head = store.headPosition();
  const tmp = join(dirname(file), `.${basename(file)}.partial-${randomTag()}`);
  let count = 0;
  let bytes = 0;
  try {
    const out = createWriteStream(tmp, { flags: 'wx' });
    const failed = once(out, 'error').then(([e]) => Promise.reject(e as Error));
    failed.catch(() => undefined);
    let chunk = '';
    const flush = async () => {
      if (chunk.length === 0) return;
      bytes += Buffer.byteLength(chunk);
      const ok = out.write(chunk);
      chunk = '';
      if (!ok) await Promise.race([once(out, 'drain'), failed]);
    };
    // Each page is read whole, then written with the event loop free: commands keep running.
    for (const row of store.readRecords(0, { limit: head, pageSize: 2000 })) {
      chunk += exportLine(row);
      count++;
      if (chunk.length >= 1 << 20) {
        await flush();
        options.onProgress?.(count, head);
      }
    }
    await flush();
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await Promise.race([once(out, 'close'), failed]);
    ops.fsync(tmp);
    ops.rename(tmp, file);
    ops.fsync(dirname(file));
    options.onProgress?.(count, head);
    return { file, eventCount: count, headPosition: head, bytes };
  } catch (e) {
    removeQuietly(ops, tmp);
    throw writeError(e, file, 'the export');
  }
}
