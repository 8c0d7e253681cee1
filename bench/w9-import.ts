// W9 statement import: a generated CSV of `lines` lines (100,000; 10,000 with --quick) into one
// account through the app's own path: commitStatement (the operation the renderer calls), which
// runs the import worker on its own connection: parse, duplicate check against the log, then
// every line appended and projected in ONE transaction. Timed from the worker's first progress
// message (parsing starts) to its result; the worker's start (here under the tsx loader, in the
// app a prebuilt bundle) and the whole call are reported beside it.
// Baseline: the same number of movement rows inserted raw, 100 per transaction (W2's baseline).
import { join, resolve } from 'node:path';
import { commitStatement } from '../src-main/application/statement-operations';
import { Ledger } from '../src-main/ledger';
import { bigStatementCsv } from '../tests/support/big-statement';
import { baselineInsert } from './baseline';
import { now, tempDir } from './lib';

export const W9_BASELINE_PER_TX = 100;

/** The worker from source: the bench's child is one esbuild bundle, so `import.meta` points elsewhere. */
const workerPath = () => resolve(process.cwd(), 'src-main/workers/import-worker.ts');

export async function w9App(p: { lines: number; reps: number }): Promise<Record<string, number[]>> {
  const { bytes } = bigStatementCsv(p.lines);
  const contentBase64 = Buffer.from(bytes).toString('base64');
  const rate: number[] = [];
  const call: number[] = [];
  const start: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const ledger = Ledger.open(join(tmp.dir, 'ledger.db'));
    try {
      const opened = await ledger.invoke('openAccount', {
        commandId: 'bench-open-import',
        owner: 'Bench',
        currency: 'EUR',
        openingBalance: '100.00',
        openingDate: '2019-01-01',
      });
      if (!opened.ok) throw new Error(opened.error.message);
      const accountId = opened.value.accountId;
      const t0 = now();
      const parsingAt: number[] = [];
      const result = await commitStatement(
        ledger,
        { accountId, fileName: 'big.csv', contentBase64, keep: [] },
        {
          workerPath: workerPath(),
          onProgress: (pr) => {
            if (pr.state === 'running' && pr.phase === 'parsing') parsingAt.push(now());
          },
        },
      );
      const t2 = now();
      if (result.counts.new !== p.lines) throw new Error(`imported ${result.counts.new} of ${p.lines}`);
      // The first 'parsing' report is the runner's own (before the worker runs); the last is the
      // worker's, as it begins to parse.
      const began = parsingAt.at(-1) ?? t0;
      rate.push(p.lines / ((t2 - began) / 1000));
      call.push(p.lines / ((t2 - t0) / 1000));
      start.push(began - t0);
    } finally {
      await ledger.close();
      tmp.cleanup();
    }
  }
  return { app: rate, call, start };
}

export function w9Baseline(p: { lines: number; reps: number }): Record<string, number[]> {
  return { base: baselineInsert(p.lines, W9_BASELINE_PER_TX, 'FULL', p.reps) };
}
