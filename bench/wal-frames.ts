// Why W1 costs what it costs: WAL frames (pages) written per command, app vs one raw INSERT.
// Autocheckpointing is switched off for the last 1,000 commands so the WAL's size counts them.
import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commands } from '../src-main/application/commands';
import { Ledger } from '../src-main/ledger';
import { openDatabase } from '../src-main/eventstore/sqlite/open-database';
import { accountId, ACCOUNTS, metadataFor, movements, openAccounts, tempDir } from './lib';

const FRAME = 4096 + 24;

export async function walFrames(p: { events: number }): Promise<Record<string, number[]>> {
  const measured = 1000;
  const n = Math.max(p.events, measured * 2);
  const ms = movements(n);
  const tmp = tempDir();
  try {
    const path = join(tmp.dir, 'app.db');
    const ledger = Ledger.open(path, { synchronous: 'NORMAL' });
    openAccounts(ledger.store, ledger.storage.projections);
    const run = (i: number) => {
      const m = ms[i]!;
      const name = m.type === 'MoneyDeposited' ? 'deposit' : 'withdraw';
      ledger.execute(name, commands[name], {
        commandId: `bench-cmd-${i}`,
        accountId: accountId(m.account),
        amount: m.amount,
        description: m.description,
        valueDate: m.valueDate,
      });
    };
    for (let i = 0; i < n - measured; i++) run(i);
    ledger.storage.db.pragma('wal_checkpoint(TRUNCATE)');
    ledger.storage.db.pragma('wal_autocheckpoint = 0');
    for (let i = n - measured; i < n; i++) run(i);
    const app = statSync(`${path}-wal`).size / FRAME / measured;
    const byTable = pagesByTable(path, measured);
    await ledger.close();

    const bpath = join(tmp.dir, 'base.db');
    const db = openDatabase(bpath, { synchronous: 'NORMAL' });
    const ins = db.prepare(
      'INSERT INTO events (position, event_id, stream_id, stream_type, version, event_type, schema_version, ' +
        'timestamp, data, metadata, command_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const versions = new Array<number>(ACCOUNTS).fill(0);
    const tx = db.transaction((i: number) => {
      const m = ms[i]!;
      const data = JSON.stringify({
        amount: { currency: 'EUR', minor: m.minor },
        description: m.description,
        valueDate: m.valueDate,
      });
      ins.run(
        i + 1,
        crypto.randomUUID(),
        accountId(m.account),
        'Account',
        ++versions[m.account]!,
        m.type,
        2,
        Date.now(),
        data,
        JSON.stringify(metadataFor(`bench-cmd-${i}`, 'deposit')),
        `bench-cmd-${i}`,
        'a'.repeat(64),
        'b'.repeat(64),
      );
    });
    for (let i = 0; i < n - measured; i++) tx.immediate(i);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('wal_autocheckpoint = 0');
    for (let i = n - measured; i < n; i++) tx.immediate(i);
    const base = statSync(`${bpath}-wal`).size / FRAME / measured;
    db.close();
    return { app: [app], base: [base], ...byTable };
  } finally {
    tmp.cleanup();
  }
}

/** Frames in the WAL per command, by the table or index owning each page (SQLite's dbstat). */
function pagesByTable(path: string, commands: number): Record<string, number[]> {
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const db = new Database(path, { readonly: true });
  try {
    const owner = new Map<number, string>();
    for (const r of db.prepare('SELECT name, pageno FROM dbstat').all() as Array<{
      name: string;
      pageno: number;
    }>)
      owner.set(r.pageno, r.name.replace(/_[0-9a-f]{8}$/, ''));
    const out: Record<string, number[]> = {};
    for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize) {
      const name = `pages:${owner.get(wal.readUInt32BE(off)) ?? 'other'}`;
      out[name] = [(out[name]?.[0] ?? 0) + 1 / commands];
    }
    return out;
  } finally {
    db.close();
  }
}
