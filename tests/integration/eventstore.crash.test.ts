// Crash safety: a child process appends in a loop and is killed with SIGKILL at a random moment,
// several times. After each kill the file opens, the chain verifies, every append the child
// reported as committed is there, and no transaction is half there.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src-main/eventstore/open-store';
import { tempLedgerPath } from '../support/temp-dir';

const child = join(import.meta.dirname, '../support/append-child.ts');

function runAndKill(
  path: string,
  killAfterMs: number,
): Promise<Array<{ position: number; eventId: string }>> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: Array<{ position: number; eventId: string }> = [];
    let buf = '';
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => p.kill('SIGKILL'), killAfterMs);
        const m = /^committed (\d+) (\S+)$/.exec(line);
        if (m) committed.push({ position: Number(m[1]), eventId: m[2]! });
      }
    });
    p.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`child exited ${code}: ${err}`));
    });
  });
}

describe('crash safety', () => {
  it('loses no reported commit and leaves no partial one, across repeated SIGKILLs', async () => {
    const path = tempLedgerPath();
    let total = 0;
    for (let round = 0; round < 5; round++) {
      const committed = await runAndKill(path, 50 + Math.floor(Math.random() * 400));
      const { db, store } = openStore(path);
      try {
        const report = store.verify();
        expect(report.ok, report.message).toBe(true);
        for (const c of committed) expect(store.getEvent(c.eventId)?.position).toBe(c.position);
        // Every transaction wrote 2 or 3 events whose metadata-free rows sit together; a partial
        // one would leave a stream version without the event that must follow it.
        const streams = db.prepare('SELECT stream_id, version FROM streams').all() as Array<{
          stream_id: string;
          version: number;
        }>;
        for (const s of streams) {
          const max = db
            .prepare('SELECT max(version) AS v, count(*) AS n FROM events WHERE stream_id = ?')
            .get(s.stream_id) as { v: number; n: number };
          expect(max).toEqual({ v: s.version, n: s.version });
        }
        const count = store.count();
        expect(count).toBeGreaterThanOrEqual(total);
        expect(count).toBe(store.headPosition());
        total = count;
      } finally {
        db.close();
      }
    }
    expect(total).toBeGreaterThan(5);
  });
});
