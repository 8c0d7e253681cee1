// A restore killed (SIGKILL) at any moment leaves a ledger file that opens and is either the old
// or the new one, complete: at random times, and at each step of the swap.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../src-main/ledger';
import { generateEvents } from '../support/ledger-fixtures';

const CHILD = resolve(import.meta.dirname, '../support/backup-restore-child.ts');
const OLD_EVENTS = 4000;
const NEW_EVENTS = 2500;

interface Run {
  outcome: 'killed' | 'done';
  restoreMs: number | null;
}

/** Runs the child; kills it `killAfterMs` after "ready", or when it pauses at a step. */
function runChild(
  ledger: string,
  backup: string,
  opts: { killAfterMs?: number; pauseAt?: string },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ledger, backup, opts.pauseAt ?? ''], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let restoreMs: number | null = null;
    child.stderr.on('data', (d) => (stderr += d));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready' && opts.killAfterMs !== undefined) {
        setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
      } else if (line.startsWith('pause ')) {
        child.kill('SIGKILL');
      } else if (line.startsWith('done ')) {
        restoreMs = Number(line.slice(5));
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') done({ outcome: 'killed', restoreMs });
      else if (code === 0) done({ outcome: 'done', restoreMs });
      else fail(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

/** The ledger opens, its chain verifies, and it holds exactly the old or the new log. */
function checkLedger(path: string): 'old' | 'new' {
  const l = openLedger(path);
  try {
    const chain = l.store.verify();
    expect(chain.ok).toBe(true);
    const count = l.store.count();
    expect([OLD_EVENTS, NEW_EVENTS]).toContain(count);
    expect(l.verify().ok).toBe(true);
    return count === OLD_EVENTS ? 'old' : 'new';
  } finally {
    void l.close();
  }
}

describe('a restore killed at any moment', () => {
  // The old ledger (OLD_EVENTS) and a backup of its first NEW_EVENTS events, made once.
  const base = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const pristine = join(base, 'pristine.sqlite');
  const l = openLedger(pristine);
  generateEvents(l, NEW_EVENTS, { seed: 21 });
  const backupPromise = l.backups.create('manual').then(async (b) => {
    generateEvents(l, OLD_EVENTS - NEW_EVENTS, { seed: 22, startTime: Date.UTC(2025, 0, 1) });
    await l.close();
    return b.file;
  });

  const fresh = (name: string) => {
    const dir = join(base, name);
    mkdirSync(dir);
    copyFileSync(pristine, join(dir, 'ledger.sqlite'));
    return join(dir, 'ledger.sqlite');
  };

  it('at each step of the swap: old before the rename, new after it', async () => {
    const backup = await backupPromise;
    const expected: Record<string, 'old' | 'new'> = {
      staged: 'old',
      kept: 'old',
      'before-rename': 'old',
      'after-rename': 'new',
    };
    for (const [step, state] of Object.entries(expected)) {
      const ledger = fresh(`step-${step}`);
      const run = await runChild(ledger, backup, { pauseAt: step });
      expect(run.outcome).toBe('killed');
      expect(checkLedger(ledger)).toBe(state);
    }
  });

  it('at random moments', async () => {
    const backup = await backupPromise;
    // One undisturbed run to learn how long a restore takes here.
    const ledger0 = fresh('complete');
    const complete = await runChild(ledger0, backup, {});
    expect(complete.outcome).toBe('done');
    expect(checkLedger(ledger0)).toBe('new');
    const span = Math.max(50, complete.restoreMs ?? 200);
    const seen = { old: 0, new: 0, killed: 0 };
    for (let i = 0; i < 12; i++) {
      const ledger = fresh(`random-${i}`);
      const killAfterMs = Math.round(Math.random() * span);
      const run = await runChild(ledger, backup, { killAfterMs });
      if (run.outcome === 'killed') seen.killed++;
      seen[checkLedger(ledger)]++;
    }
    expect(seen.old + seen.new).toBe(12);
    console.log(
      `restore took ${complete.restoreMs} ms; 12 random kills within the first ${Math.round(span)} ms:`,
      seen,
    );
  });
});
