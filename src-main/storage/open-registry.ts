// Who has a ledger open: every process that opens a Ledger writes a small record next to the file
// (`.NAME.open-PID-TAG`, JSON: pid, host, program, since) and removes it on close. A restore (CLI
// or app) reads them and refuses to swap the file while another live process holds it: that
// process would go on writing to the replaced (deleted) file and lose commits it confirmed.
// Records of processes that died without closing are recognised (process.kill(pid, 0)) and removed.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LedgerError } from '../../src-shared/errors';

export interface Opener {
  pid: number;
  host: string;
  program: string;
  since: string;
  /** The record's file. */
  file: string;
}

const prefix = (path: string) => `.${basename(path)}.open-`;

/** The program as a person recognises it: the title and the script, e.g. "node serve.ts". */
function programName(): string {
  const script = process.argv[1] ? basename(process.argv[1]) : '';
  return `${basename(process.title)}${script ? ` ${script}` : ''}`.slice(0, 120);
}

/** Records that this process has `path` open; returns the function that removes the record. */
export function registerOpen(path: string): () => void {
  const file = join(
    dirname(resolve(path)),
    `${prefix(path)}${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const record = {
    pid: process.pid,
    host: hostname(),
    program: programName(),
    since: new Date().toISOString(),
  };
  try {
    writeFileSync(file, JSON.stringify(record), { flag: 'wx' });
  } catch {
    // A read-only folder: the ledger still opens (read-only use); a restore there fails anyway.
    return () => {};
  }
  return () => {
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Live processes other than this one that have `path` open; stale records are removed. */
export function otherOpeners(path: string): Opener[] {
  const p = prefix(path);
  return openersIn(dirname(resolve(path)), (n) => n.startsWith(p));
}

const RECORD = /^\..+\.open-\d+-[0-9a-f]{8}$/;

/** Live processes other than this one with any ledger of `dir` open. */
export function otherOpenersIn(dir: string): Opener[] {
  return openersIn(dir, (n) => RECORD.test(n));
}

function openersIn(dir: string, match: (name: string) => boolean): Opener[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter(match);
  } catch {
    return [];
  }
  const found: Opener[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let rec: Partial<Opener>;
    try {
      rec = JSON.parse(readFileSync(file, 'utf8')) as Partial<Opener>;
    } catch {
      // Half-written by a process being created right now, or garbage: judge by its age.
      try {
        if (Date.now() - statSync(file).mtimeMs > 60_000) unlinkSync(file);
      } catch {
        /* gone */
      }
      continue;
    }
    if (typeof rec.pid !== 'number' || !Number.isSafeInteger(rec.pid) || rec.pid <= 0) continue;
    if (rec.pid === process.pid) continue;
    // Another machine (a shared folder): its liveness cannot be checked here, so it counts.
    const local = rec.host === hostname();
    if (local && !isAlive(rec.pid)) {
      try {
        unlinkSync(file);
      } catch {
        /* gone */
      }
      continue;
    }
    found.push({
      pid: rec.pid,
      host: String(rec.host ?? ''),
      program: String(rec.program ?? ''),
      since: String(rec.since ?? ''),
      file,
    });
  }
  return found;
}

/** Throws exit-4 'file_in_use', naming the other process, when one has the ledger open. */
export function assertNotOpenElsewhere(path: string): void {
  const others = otherOpeners(path);
  if (others.length === 0) return;
  const o = others[0]!;
  const where = o.host === hostname() ? '' : ` on ${o.host}`;
  throw new LedgerError(
    'io',
    `The ledger ${path} is open in another program (pid ${o.pid}${where}, ${o.program || 'unknown'}, since ${o.since}); close it and try again. The current ledger was not changed.`,
    'file_in_use',
    { path, pid: o.pid },
  );
}
