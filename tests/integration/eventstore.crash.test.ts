// Crash safety: a child process appends in a loop and is killed with SIGKILL at a random moment,
// several times. After each kill the file opens, the chain verifies, every append the child
// reported as committed is there, and no transaction is half there.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
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
        // Stream versions are contiguous, and no transaction is half there: each transaction's
        // first event (the one with a description) is followed by its second in the same stream.
        const streams = db
          .prepare('SELECT stream_id, max(version) AS v, count(*) AS n FROM events GROUP BY stream_id')
          .all() as Array<{ v: number; n: number }>;
        for (const s of streams) expect(s.v).toBe(s.n);
        const all = [...store.readAll(0)];
        all.forEach((e, i) => {
          if (e.eventType !== 'MoneyDeposited' || e.data.description === undefined) return;
          const next = all[i + 1];
          expect(next?.aggregateId).toBe(e.aggregateId);
          expect(next?.eventType === 'MoneyDeposited' && next.data.amount.minor).toBe(1);
        });
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
