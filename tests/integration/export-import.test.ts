// Export then import gives a ledger with equal events, hashes and projections (100,000 events);
// a file with a gap, a duplicate or a bad line is refused with its line number and no ledger is
// left behind; a non-empty target is refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEvents, importEvents } from '../../src-main/backup/index';
import { canonicalJson, hashRecord } from '../../src-main/eventstore/encoding';
import { openLedger } from '../../src-main/ledger';
import { generateEvents, projectionRows } from '../support/ledger-fixtures';
import { safeList, sha256 } from '../support/backup-helpers';
import { tempDir } from '../support/temp-dir';

const ms = (start: number) => Math.round(performance.now() - start);

describe('export and import', () => {
  it('round trip of 100,000 events: equal events, hashes and projections', async () => {
    const dir = tempDir('ledger-export-');
    const original = openLedger(join(dir, 'original.sqlite'), { synchronous: 'NORMAL' });
    let t = performance.now();
    generateEvents(original, 100_000, { seed: 99 });
    const generateMs = ms(t);

    t = performance.now();
    const exported = await exportEvents(original, join(dir, 'log.jsonl'));
    const exportMs = ms(t);
    expect(exported).toMatchObject({ eventCount: 100_000, headPosition: 100_000 });

    t = performance.now();
    const imported = await importEvents(join(dir, 'imported.sqlite'), join(dir, 'log.jsonl'));
    const importMs = ms(t);
    expect(imported).toMatchObject({ eventCount: 100_000, headPosition: 100_000 });
    expect(imported.headHash).toBe(
      original.storage.db.prepare('SELECT hash FROM events WHERE position = 100000').pluck().get(),
    );

    t = performance.now();
    const copy = openLedger(join(dir, 'imported.sqlite'));
    const openMs = ms(t);
    try {
      // Every stored row, byte for byte (data and metadata text, hashes, command ids).
      const a = original.store.readRecords(0, { pageSize: 5000 })[Symbol.iterator]();
      const b = copy.store.readRecords(0, { pageSize: 5000 })[Symbol.iterator]();
      let n = 0;
      for (let x = a.next(), y = b.next(); !x.done || !y.done; x = a.next(), y = b.next(), n++) {
        if (JSON.stringify(x.value) !== JSON.stringify(y.value)) expect(y.value).toEqual(x.value);
      }
      expect(n).toBe(100_000);
      const streams = (l: typeof copy) =>
        l.storage.db
          .prepare(
            'SELECT stream_id, max(version) AS version FROM events GROUP BY stream_id ORDER BY stream_id',
          )
          .all();
      expect(streams(copy)).toEqual(streams(original));
      expect(copy.store.verify().ok).toBe(true);
      expect(projectionRows(copy.storage.db)).toEqual(projectionRows(original.storage.db));
      // Exporting the import gives the same file, byte for byte.
      await exportEvents(copy.store, join(dir, 'again.jsonl'));
      expect(sha256(join(dir, 'again.jsonl'))).toBe(sha256(join(dir, 'log.jsonl')));
    } finally {
      await copy.close();
      await original.close();
    }
    console.log(
      `100,000 events: generate ${generateMs} ms, export ${exportMs} ms (${(exported.bytes / 1e6).toFixed(1)} MB), ` +
        `import incl. projections ${importMs} ms, open imported ${openMs} ms`,
    );
  });

  // A small export, and ways to spoil it. Lines are 1-based; line N holds position N.
  async function smallExport(): Promise<{ dir: string; lines: string[] }> {
    const dir = tempDir('ledger-import-');
    const l = openLedger(join(dir, 'source.sqlite'));
    generateEvents(l, 30, { seed: 5, accounts: 4 });
    await exportEvents(l, join(dir, 'log.jsonl'));
    await l.close();
    return { dir, lines: readFileSync(join(dir, 'log.jsonl'), 'utf8').trimEnd().split('\n') };
  }

  /** Re-hashes the chain from `from` (1-based line) on, so only the intended defect remains. */
  function rehash(lines: string[], from: number): string[] {
    const out = [...lines];
    let prev = from > 1 ? (JSON.parse(out[from - 2]!) as { hash: string }).hash : '0'.repeat(64);
    for (let i = from - 1; i < out.length; i++) {
      const e = JSON.parse(out[i]!);
      e.prevHash = prev;
      e.hash = hashRecord({
        prevHash: prev,
        position: e.position,
        eventId: e.eventId,
        streamId: e.aggregateId,
        streamType: e.aggregateType,
        version: e.version,
        eventType: e.eventType,
        schemaVersion: e.schemaVersion,
        timestamp: Date.parse(e.timestamp),
        data: canonicalJson(e.data),
        metadata: canonicalJson(e.metadata),
      });
      prev = e.hash;
      out[i] = JSON.stringify(e);
    }
    return out;
  }

  const spoilers: Array<[string, (lines: string[]) => string[], number, RegExp]> = [
    ['a gap', (ls) => ls.filter((_, i) => i !== 9), 10, /gap in the log: expected position 10, found 11/],
    ['a repeated line', (ls) => [...ls.slice(0, 11), ls[10]!, ...ls.slice(11)], 12, /position 11 repeats/],
    [
      'a duplicate event id',
      (ls) => {
        const out = [...ls];
        const e = JSON.parse(out[19]!);
        e.eventId = JSON.parse(out[4]!).eventId;
        out[19] = JSON.stringify(e);
        return rehash(out, 20);
      },
      20,
      /duplicate event id .* \(already used by the event at position 5\)/,
    ],
    ['a bad JSON line', (ls) => ls.map((l, i) => (i === 6 ? l.slice(0, 40) : l)), 7, /not valid JSON/],
    [
      'an altered event',
      (ls) =>
        ls.map((l, i) => (i === 7 ? l.replace(/"minor":(\d)/, (_, d) => `"minor":${(+d + 1) % 10}`) : l)),
      8,
      /event 8 was altered/,
    ],
    [
      'a stream version skipped',
      (ls) => {
        const out = [...ls];
        const e = JSON.parse(out[25]!);
        e.version += 1;
        out[25] = JSON.stringify(e);
        return rehash(out, 26);
      },
      26,
      /expected version \d+, found \d+/,
    ],
    [
      'an event this app cannot read',
      (ls) => {
        const out = [...ls];
        const i = out.findIndex((l, n) => n > 12 && l.includes('"eventType":"MoneyDeposited"'));
        const e = JSON.parse(out[i]!);
        e.data.amount = { minor: 'ten', currency: 'EUR' };
        out[i] = JSON.stringify(e);
        return rehash(out, i + 1);
      },
      -1,
      /MoneyDeposited data: amount\.minor: /,
    ],
    [
      'a missing field',
      (ls) => ls.map((l, i) => (i === 2 ? l.replace('"eventId":', '"eventID":') : l)),
      3,
      /eventId/,
    ],
    ['an empty line inside', (ls) => [...ls.slice(0, 14), '', ...ls.slice(14)], 15, /empty line/],
  ];

  it.each(spoilers)(
    'refuses a file with %s, names the line, and leaves no ledger',
    async (_, spoil, expectedLine, msg) => {
      const { dir, lines } = await smallExport();
      const file = join(dir, 'spoiled.jsonl');
      const spoiled = spoil(lines);
      writeFileSync(file, spoiled.join('\n') + '\n');
      // -1: the first line that differs from the export.
      const line = expectedLine === -1 ? spoiled.findIndex((l, i) => l !== lines[i]) + 1 : expectedLine;
      const target = join(dir, 'imported.sqlite');
      const e = await importEvents(target, file).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'validation', reason: 'import_invalid', details: { line } });
      expect((e as Error).message).toMatch(new RegExp(`line ${line}: `));
      expect((e as Error).message).toMatch(msg);
      expect((e as Error).message).toMatch(/Nothing was imported/);
      expect(existsSync(target)).toBe(false);
      // Only the source's own rollback record (backups/): nothing of the refused target.
      expect(safeList(dir)).toEqual(['backups', 'log.jsonl', 'source.sqlite', 'spoiled.jsonl']);
      expect(safeList(join(dir, 'backups'))).toEqual(['source.sqlite.last-head.json']);
    },
  );

  it('imports the unspoiled file, into a missing or empty target only', async () => {
    const { dir } = await smallExport();
    const file = join(dir, 'log.jsonl');
    writeFileSync(join(dir, 'empty.sqlite'), '');
    expect((await importEvents(join(dir, 'empty.sqlite'), file)).eventCount).toBe(30);
    const before = sha256(join(dir, 'source.sqlite'));
    await expect(importEvents(join(dir, 'source.sqlite'), file)).rejects.toMatchObject({
      code: 'validation',
      reason: 'target_not_empty',
    });
    expect(sha256(join(dir, 'source.sqlite'))).toBe(before);
    // A ledger that exists but holds no events is fine.
    const blank = openLedger(join(dir, 'blank.sqlite'));
    await blank.close();
    expect((await importEvents(join(dir, 'blank.sqlite'), file)).eventCount).toBe(30);
    const l = openLedger(join(dir, 'blank.sqlite'));
    expect(l.verify().ok).toBe(true);
    await l.close();
  });
});
