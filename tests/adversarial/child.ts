// A real second process for the adversarial cases: a .ts script under tsx, its stdout read line
// by line, its stdin writable.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Child {
  proc: ChildProcess;
  /** Resolves with the next stdout line that satisfies `test` (lines already seen included). */
  line(test: (l: string) => boolean): Promise<string>;
  send(line: string): void;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

export function startChild(script: string, ...args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const lines: string[] = [];
  let partial = '';
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    partial += d.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const l of parts) {
      lines.push(l);
      for (const w of [...waiters])
        if (w.test(l)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(l);
        }
    }
  });
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>(
    (resolve) => proc.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return {
    proc,
    line: (test) => {
      const seen = lines.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ test, resolve });
        void done.then((r) => reject(new Error(`child exited (${r.code}) before the line: ${r.err}`)));
      });
    },
    send: (l) => proc.stdin!.write(`${l}\n`),
    done,
  };
}
