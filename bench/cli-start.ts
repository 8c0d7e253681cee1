// CLI: the cold start of `ledger accounts` on a small ledger (3 accounts, a few movements), as
// `npm run ledger` runs it (node scripts/launch.mjs: the freshness check of the bundle, then
// out/cli/ledger.js), against `node -e 0`, each run its own process, alternating. npm's own
// start-up (~0.3 s) is left out: it is the same for every package script. Runs in run.ts's
// process (it only spawns); the bundle is brought up to date before the timed runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from './lib';

const repo = join(import.meta.dirname, '..');
const launcher = join(repo, 'scripts', 'launch.mjs');

function run(args: string[]): { ms: number; out: string } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, LEDGER_DB: '' } });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`CLI: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, out: r.stdout };
}

export function cliColdStart(p: { runs: number }): Record<string, number[]> {
  const { dir, cleanup } = tempDir('ledger-bench-cli-');
  try {
    const db = join(dir, 'small.sqlite');
    const ledger = (...a: string[]) => run([launcher, 'ledger', '--db', db, ...a]);
    const help = ledger('--help').ms; // builds out/cli first when missing or stale
    const ids = ['Ann', 'Bob', 'Cleo'].map((o) =>
      ledger('open-account', '--owner', o, '--initial', '100.00').out.trim(),
    );
    ledger('deposit', ids[0]!, '12.50', '--description', 'Coffee');
    ledger('transfer', ids[0]!, ids[1]!, '20.00');
    if (!ledger('accounts').out.includes('Cleo')) throw new Error('CLI: accounts does not list the accounts');
    const app: number[] = [];
    const bundle: number[] = [];
    const node: number[] = [];
    run(['-e', '0']);
    for (let i = 0; i < p.runs; i++) {
      node.push(run(['-e', '0']).ms);
      app.push(ledger('accounts').ms);
      bundle.push(run([join(repo, 'out', 'cli', 'ledger.js'), '--db', db, 'accounts']).ms);
    }
    return { app, bundle, node, helpMs: [help] };
  } finally {
    cleanup();
  }
}
