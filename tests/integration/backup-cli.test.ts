// The backup commands of the CLI, through runCli (the same path as `npm run ledger -- ...`):
// output, --json, and exit codes by error kind.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../src-shared/contract';
import { runLedgerTrimmed } from '../support/cli-runner';
import { openLedger } from '../../src-main/ledger';
import { generateEvents } from '../support/ledger-fixtures';
import { tempDir } from '../support/temp-dir';

const cli = runLedgerTrimmed;

async function ledgerWith(events: number): Promise<{ dir: string; db: string }> {
  const dir = tempDir('ledger-cli-');
  const db = join(dir, 'ledger.sqlite');
  const l = openLedger(db);
  generateEvents(l, events, { seed: 31 });
  await l.close();
  return { dir, db };
}

describe('ledger backup / backups / restore / export / import', () => {
  it('backs up, lists, restores by name; --json gives the contract shapes', async () => {
    const { dir, db } = await ledgerWith(120);
    const made = await cli(db, '--json', 'backup');
    expect(made.code).toBe(0);
    const info = JSON.parse(made.out) as BackupInfo;
    expect(info).toMatchObject({ kind: 'manual', eventCount: 120, verified: 'ok' });

    const plain = await cli(db, 'backup', join(dir, 'copy.sqlite'));
    expect(plain).toMatchObject({ code: 0, out: join(dir, 'copy.sqlite') });

    const table = await cli(db, 'backups');
    expect(table.out.split('\n')[0]).toMatch(
      /^CREATED \(UTC\)\s+KIND\s+EVENTS\s+POSITION\s+SIZE\s+VERIFIED\s+FILE$/,
    );
    expect(table.out).toContain(info.name);
    const list = JSON.parse((await cli(db, '--json', 'backups')).out) as BackupInfo[];
    expect(list.map((b) => b.name)).toEqual([info.name]);

    expect((await cli(db, 'verify-backups')).code).toBe(0);

    const l = openLedger(db);
    generateEvents(l, 10, { seed: 32, startTime: Date.UTC(2025, 0, 1) });
    await l.close();
    const restored = await cli(db, '--json', 'restore', info.name);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out)).toMatchObject({ restoredFrom: info.file });
    const after = openLedger(db);
    expect(after.store.count()).toBe(120);
    await after.close();
  });

  it('export then import into a new file; exit codes 4 (file) and 2 (input)', async () => {
    const { dir, db } = await ledgerWith(80);
    const file = join(dir, 'log.jsonl');
    expect((await cli(db, 'export', file)).code).toBe(0);
    const target = join(dir, 'imported.sqlite');
    const imported = await cli(target, 'import', file);
    expect(imported).toMatchObject({ code: 0, out: `Imported 80 events into ${target}` });
    // Into a ledger that has events: refused, input error.
    expect((await cli(db, 'import', file)).code).toBe(2);
    // A spoiled file: input error naming the line.
    writeFileSync(join(dir, 'bad.jsonl'), '{"position":1}\n');
    const bad = await cli(join(dir, 'other.sqlite'), 'import', join(dir, 'bad.jsonl'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/line 1: /);
    // A garbage backup: file problem, exit 4.
    writeFileSync(join(dir, 'garbage.sqlite'), 'not a database');
    const refused = await cli(db, 'restore', join(dir, 'garbage.sqlite'));
    expect(refused.code).toBe(4);
    expect(refused.err).toMatch(/not a SQLite database.*not changed/);
    // An unwritable destination (under a regular file): exit 4.
    expect((await cli(db, 'backup', join(dir, 'log.jsonl', 'x.sqlite'))).code).toBe(4);
    // Missing argument: usage, exit 2.
    expect((await cli(db, 'restore')).code).toBe(2);
  });

  it('verify-backups finds a backup damaged after it was written', async () => {
    const { db } = await ledgerWith(60);
    const info = JSON.parse((await cli(db, '--json', 'backup')).out) as BackupInfo;
    const bytes = readFileSync(info.file);
    const at = bytes.indexOf(Buffer.from('"minor":'));
    bytes[at + 8] = bytes[at + 8] === 0x39 ? 0x31 : bytes[at + 8]! + 1; // same size, one digit changed
    writeFileSync(info.file, bytes);
    const r = await cli(db, '--json', 'verify-backups');
    expect(r.code).toBe(4);
    expect(JSON.parse(r.out)[0]).toMatchObject({ name: info.name, verified: 'failed' });
    expect(r.err).toMatch(/checksum differs/);
  });

  it('a missing --db: backup and export refuse (exit 4), backups lists nothing, restore creates it', async () => {
    const { dir, db } = await ledgerWith(25);
    const info = JSON.parse((await cli(db, '--json', 'backup')).out) as BackupInfo;
    const missing = join(dir, 'typo.sqlite');
    expect((await cli(missing, 'backup')).code).toBe(4);
    expect((await cli(missing, 'export', join(dir, 'x.jsonl'))).code).toBe(4);
    expect(await cli(missing, 'backups')).toMatchObject({ code: 0, out: 'No backups yet.' });
    expect(existsSync(missing)).toBe(false);
    expect((await cli(missing, 'restore', info.file)).code).toBe(0);
    const l = openLedger(missing);
    expect(l.store.count()).toBe(25);
    await l.close();
  });

  it('restores over a ledger that does not open', async () => {
    const { dir, db } = await ledgerWith(40);
    const info = JSON.parse((await cli(db, '--json', 'backup')).out) as BackupInfo;
    writeFileSync(db, 'SQLite format 3\0 but then garbage'.padEnd(4096, 'x'));
    const r = await cli(db, 'restore', info.file);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/does not open/);
    const l = openLedger(db);
    expect(l.store.count()).toBe(40);
    await l.close();
    expect(dir).toBeTruthy();
  });
});
