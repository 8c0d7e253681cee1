// Issue 13: concurrent CLI writers wait for the write lock (busy timeout) instead of failing
// after a second with a misleading "locked by another program".
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ledgerWithAccount } from './craft';

const child = (name: string) => join(import.meta.dirname, name);

function run(args: string[]): {
  done: Promise<{ code: number | null; out: string; err: string }>;
  onLine: (f: (l: string) => void) => void;
} {
  const p = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const listeners: ((l: string) => void)[] = [];
  p.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const line of d.toString().split('\n')) if (line) listeners.forEach((f) => f(line));
  });
  p.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    p.on('close', (code) => resolve({ code, out, err })),
  );
  return { done, onLine: (f) => listeners.push(f) };
}

describe('concurrent CLI writers', () => {
  it('a command waits while another program holds the write lock for 2 s, then succeeds', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const holder = run([child('lock-holder-child.ts'), db, '2000']);
    await new Promise<void>((resolve) => holder.onLine((l) => l === 'locked' && resolve()));
    const dep = await cli(db, 'deposit', accountId, '5', '--value-date', '2026-02-01');
    expect(dep.err).toBe('');
    expect(dep.code).toBe(0);
    expect((await holder.done).code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe('105.00 EUR');
  }, 30_000);

  it('4 processes writing at once: every command succeeds and every deposit is in the log', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const perChild = 25;
    const children = Array.from({ length: 4 }, () =>
      run([child('cli-writer-child.ts'), db, accountId, String(perChild)]),
    );
    const results = await Promise.all(children.map((c) => c.done));
    for (const r of results) {
      expect(r.err).toBe('');
      const { codes, errors } = JSON.parse(r.out) as { codes: number[]; errors: string[] };
      expect(errors).toEqual([]);
      expect(codes).toEqual(Array.from({ length: perChild }, () => 0));
    }
    const v = await cli(db, 'verify');
    expect(v.code).toBe(0);
    expect((await cli(db, 'balance', accountId)).out).toBe(`${100 + 4 * perChild}.00 EUR`);
  }, 120_000);
});
