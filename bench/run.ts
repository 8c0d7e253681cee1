// `npm run bench [-- --events N --big N --reps R --quick --only W1,W4]`
// Runs every workload on fresh ledger files in a temp folder, each case in its own child process,
// next to a raw better-sqlite3 baseline with the app's pragmas; prints a table and writes
// bench/results/latest.json. See bench/README.md for the method.
import { fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ChildReply, ChildRequest } from './child';
import { REBUILD_PAUSE_MS } from '../src-main/projections/sqlite/rebuild';
import { allProjections } from '../src-main/projections/sqlite/registry';
import { median, tempDir } from './lib';
import { cliColdStart } from './cli-start';
import { SEARCH_QUERIES } from './search';

const here = dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    events: { type: 'string' },
    big: { type: 'string' },
    reps: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});

const quick = args.quick!;
const N = Number(args.events ?? (quick ? 10_000 : 100_000));
const BIG = Number(args.big ?? (quick ? 100_000 : 1_000_000));
const REPS = Number(args.reps ?? (quick ? 1 : 3));
/**
 * W1 at synchronous=FULL is bound by one fsync per command (0.2-3 ms here, depending on the
 * load): the last N_FULL commands of the N run at FULL, the others at NORMAL.
 */
const N_FULL = Math.min(Math.floor(N / 2), quick ? 1000 : 3000);
/** Baseline labels: raw INSERTs into the app's events table, or into the minimal event table. */
const APP_1 = '1 INSERT/tx, app schema';
const MINIMAL_1 = '1 INSERT/tx, minimal table';
const APP_100 = '100 INSERTs/tx, app schema';
const MINIMAL_100 = '100 INSERTs/tx, minimal table';
const only = args.only ? new Set(args.only.toUpperCase().split(',')) : null;
const want = (w: string) => !only || only.has(w);

interface CaseRun {
  samples: Record<string, number[]>;
  peakRssMb: number;
  seconds: number;
}

/**
 * The cases run as plain JavaScript, as the app does: child.ts is bundled once with esbuild (a
 * dependency of tsx) so the child carries no TypeScript loader. Under `--import tsx` a process
 * starts at ~80 MB RSS (Node 20 runs loader hooks on a second thread) instead of ~40 MB, which
 * would distort the peak-RSS column. Falls back to tsx if esbuild cannot be loaded.
 */
let childEntry: { file: string; execArgv: string[] } | null = null;
async function prepareChild(): Promise<void> {
  // In this checkout's out/ (git-ignored), not node_modules/.cache: worktrees may share one
  // node_modules (a symlink), and a concurrent run elsewhere would replace the bundle mid-run.
  const cacheDir = join(here, '..', 'out', 'bench');
  try {
    const esbuild = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    // One bundle per run, so two runs in the same checkout never overwrite each other's child.
    const file = join(cacheDir, `child-${process.pid}.mjs`);
    process.once('exit', () => rmSync(file, { force: true }));
    await esbuild.build({
      entryPoints: [join(here, 'child.ts')],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      sourcemap: 'inline',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    childEntry = { file, execArgv: ['--enable-source-maps'] };
  } catch (e) {
    log(
      `esbuild unavailable (${String(e)}); running cases under tsx (peak RSS then includes ~40 MB of loader)`,
    );
    childEntry = { file: join(here, 'child.ts'), execArgv: ['--import', 'tsx'] };
  }
  if (process.env.BENCH_CPU_PROF)
    childEntry.execArgv.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`);
}

function runCase(name: string, params: Record<string, unknown>): Promise<CaseRun> {
  const t = Date.now();
  return new Promise((resolve, reject) => {
    const child = fork(childEntry!.file, [], {
      execArgv: childEntry!.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let reply: ChildReply | null = null;
    child.on('message', (m: ChildReply) => (reply = m));
    child.on('error', reject);
    child.on('exit', (code) => {
      const r = reply as ChildReply | null;
      if (!r) return reject(new Error(`${name}: child exited with ${code} without a reply`));
      if (!r.ok) return reject(new Error(`${name}: ${r.error}`));
      resolve({ samples: r.samples, peakRssMb: r.peakRssMb, seconds: (Date.now() - t) / 1000 });
    });
    child.send({ name, params } satisfies ChildRequest);
  });
}

/** Runs the cases in turn, one repetition per child, `reps` rounds: app and baseline alternate. */
async function interleaved(
  reps: number,
  cases: Array<[string, Record<string, unknown>]>,
): Promise<CaseRun[]> {
  const out: CaseRun[] = cases.map(() => ({ samples: {}, peakRssMb: 0, seconds: 0 }));
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < cases.length; i++) {
      const [name, params] = cases[i]!;
      const run = await runCase(name, { ...params, reps: 1 });
      const acc = out[i]!;
      for (const [k, v] of Object.entries(run.samples)) (acc.samples[k] ??= []).push(...v);
      acc.peakRssMb = Math.max(acc.peakRssMb, run.peakRssMb);
      acc.seconds += run.seconds;
    }
  }
  return out;
}

type Unit = 'events/s' | 'ms' | 'MB' | 'frames';
interface Row {
  workload: string;
  unit: Unit;
  app: number;
  baseline: number | null;
  baselineLabel: string;
  /** Higher is better: app/baseline for rates, baseline/app for times. */
  ratio: number | null;
  target: string;
  met: boolean | null;
  peakRssMb: number | null;
  samples?: number[];
}

const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

function row(
  workload: string,
  unit: Unit,
  app: number[],
  baseline: number[] | null,
  baselineLabel: string,
  target: { min?: number; text?: string } = {},
  peak: number | null = null,
): void {
  const a = median(app);
  const b = baseline ? median(baseline) : null;
  const r = (x: number, y: number) => (unit === 'events/s' ? x / y : y / x);
  // Repetitions of app and baseline alternate, so the median of the pairs' ratios is robust to
  // the load of a shared machine drifting during the run.
  const ratio =
    b === null || !baseline
      ? null
      : baseline.length === app.length && app.length > 1
        ? median(app.map((x, i) => r(x, baseline[i]!)))
        : r(a, b);
  const met = target.min !== undefined && ratio !== null ? ratio >= target.min : null;
  rows.push({
    workload,
    unit,
    app: a,
    baseline: b,
    baselineLabel,
    ratio,
    target: target.text ?? (target.min !== undefined ? `≥ ${target.min}×` : ''),
    met,
    peakRssMb: peak,
    samples: app,
  });
}

const fmt = (v: number | null, unit?: Unit) => {
  if (v === null) return '–';
  if (unit === 'ms')
    return v < 10 ? v.toFixed(3) : v < 1000 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US');
  if (unit === 'frames') return v.toFixed(1);
  return Math.round(v).toLocaleString('en-US');
};

function table(): string {
  const head = ['workload', 'app', 'baseline', 'ratio', 'target', 'peak RSS'];
  const lines = rows.map((r) => [
    r.workload,
    `${fmt(r.app, r.unit)} ${r.unit}`,
    r.baseline === null ? '–' : `${fmt(r.baseline, r.unit)} ${r.unit} (${r.baselineLabel})`,
    r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
    r.target ? `${r.target} ${r.met === null ? '' : r.met ? '✓' : '✗'}`.trim() : '',
    r.peakRssMb === null ? '–' : `${Math.round(r.peakRssMb)} MB`,
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  log(`${command}: events=${N}, big=${BIG}, reps=${REPS}, W1 FULL events=${N_FULL}`);
  await prepareChild();
  const tmp = tempDir('ledger-bench-fixture-');
  const fixture = join(tmp.dir, 'big.db');
  const extra: Record<string, unknown> = {};
  try {
    if (want('W1')) {
      log('W1…');
      const [app, base, minimal] = (await interleaved(REPS, [
        ['w1App', { events: N, fullTail: N_FULL }],
        ['w1Baseline', { events: N, fullTail: N_FULL, schema: 'app' }],
        ['w1Baseline', { events: N, fullTail: N_FULL, schema: 'minimal' }],
      ])) as [CaseRun, CaseRun, CaseRun];
      const fullLabel = `W1 command append, synchronous=FULL (app default): last ${N_FULL.toLocaleString('en-US')} of ${N.toLocaleString('en-US')} commands`;
      const normalLabel = `W1 command append, synchronous=NORMAL: first ${(N - N_FULL).toLocaleString('en-US')} commands`;
      row(
        fullLabel,
        'events/s',
        app.samples.full!,
        minimal.samples.full!,
        MINIMAL_1,
        { min: 0.7 },
        app.peakRssMb,
      );
      row(`${fullLabel}, vs the app's schema`, 'events/s', app.samples.full!, base.samples.full!, APP_1);
      row(normalLabel, 'events/s', app.samples.normal!, minimal.samples.normal!, MINIMAL_1, { min: 0.4 });
      row(
        `${normalLabel}, vs the app's schema`,
        'events/s',
        app.samples.normal!,
        base.samples.normal!,
        APP_1,
      );
      const frames = await runCase('walFrames', { events: Math.min(N, 20_000) });
      extra.walPagesPerCommand = Object.fromEntries(
        Object.entries(frames.samples)
          .filter(([k]) => k.startsWith('pages:'))
          .map(([k, v]) => [k.slice(6), Math.round(v[0]! * 100) / 100]),
      );
      log(`  WAL pages per command by table: ${JSON.stringify(extra.walPagesPerCommand)}`);
      rows.push({
        workload: 'W1 WAL frames (pages) written per command',
        unit: 'frames',
        app: frames.samples.app![0]!,
        baseline: frames.samples.base![0]!,
        baselineLabel: APP_1,
        ratio: frames.samples.base![0]! / frames.samples.app![0]!,
        target: '',
        met: null,
        peakRssMb: null,
      });
    }
    if (want('W2')) {
      log('W2…');
      const [app, base, minimal, proj] = (await interleaved(REPS, [
        ['w2App', { events: N, sync: 'FULL', project: false }],
        ['w2Baseline', { events: N, sync: 'FULL', schema: 'app' }],
        ['w2Baseline', { events: N, sync: 'FULL', schema: 'minimal' }],
        ['w2App', { events: N, sync: 'FULL', project: true }],
      ])) as [CaseRun, CaseRun, CaseRun, CaseRun];
      const label = `W2 batch append (appendMany, 100/tx), ${N.toLocaleString('en-US')} events`;
      row(label, 'events/s', app.samples.app!, base.samples.base!, APP_100, { min: 0.5 }, app.peakRssMb);
      row(`${label}, vs the minimal table`, 'events/s', app.samples.app!, minimal.samples.base!, MINIMAL_100);
      row(
        'W2 batch append + inline projections',
        'events/s',
        proj.samples.app!,
        minimal.samples.base!,
        MINIMAL_100,
        { min: 0.35 },
        proj.peakRssMb,
      );
      row(
        "W2 batch append + inline projections, vs the app's schema",
        'events/s',
        proj.samples.app!,
        base.samples.base!,
        APP_100,
      );
    }
    if (want('W3')) {
      log('W3…');
      const r = await runCase('w3', {
        perAccount: Math.max(1, Math.round(N / 1000)),
        bigEvents: N,
        reps: Math.max(REPS, 3),
      });
      const s = r.samples;
      row(
        `W3 load 1,000 accounts × ${Math.round(N / 1000) + 1} events (repository + fold)`,
        'events/s',
        s.allApp!,
        s.allBase!,
        'SELECT + JSON.parse + sum',
        { min: 0.5 },
        r.peakRssMb,
      );
      row(
        `W3 load ${N.toLocaleString('en-US')}-event account, no snapshot`,
        'ms',
        s.bigNoSnap!,
        s.bigBase!,
        'SELECT + JSON.parse + sum',
        { min: 0.5 },
      );
      row(
        `W3 load ${N.toLocaleString('en-US')}-event account, snapshot`,
        'ms',
        s.bigSnap!,
        s.smallSnap!,
        '1,000-event account, snapshot',
        { min: 0.9, text: 'no slower (≥ 0.9×, noise)' },
      );
      row('W3 load 1,000-event account, no snapshot', 'ms', s.smallNoSnap!, null, '');
      extra.w3 = s;
    }
    if (want('CLI')) {
      // Issue 17: the command line as bundled JavaScript (scripts/build-cli.mjs, scripts/launch.mjs).
      log('CLI…');
      const s = cliColdStart({ runs: quick ? 5 : 11 });
      row(
        '`ledger accounts` cold start, small ledger (node scripts/launch.mjs: what `npm run ledger` runs)',
        'ms',
        s.app!,
        s.node!,
        '`node -e 0`',
        { min: 0.25, text: '≥ 0.25× (≤ 4× node)' },
      );
      row(
        '`ledger accounts` cold start, the bundle alone (node out/cli/ledger.js)',
        'ms',
        s.bundle!,
        s.node!,
        '`node -e 0`',
      );
      extra.cli = s;
    }
    const needBig = ['W4', 'W5', 'W6', 'W7', 'SEARCH', 'OPEN'].some(want);
    if (needBig) {
      log(`Building the ${BIG.toLocaleString('en-US')}-event ledger…`);
      const f = await runCase('fixture', { path: fixture, events: BIG });
      extra.fixtureBuildSeconds = f.samples.buildSeconds![0];
      extra.fixturePeakRssMb = f.peakRssMb;
      log(`  built in ${f.seconds.toFixed(0)} s`);
    }
    const bigLabel = BIG.toLocaleString('en-US');
    if (want('W4')) {
      log('W4…');
      // The fold's own speed: no pause between batches. The app's default pauses REBUILD_PAUSE_MS
      // between batches with the lock released, so waiting commands get it; measured separately.
      const [bal, base] = (await interleaved(REPS, [
        ['w4App', { fixture, projections: ['balances'], pauseMs: 0 }],
        ['w4Baseline', { fixture }],
      ])) as [CaseRun, CaseRun];
      const all = await runCase('w4App', {
        fixture,
        reps: quick ? 1 : Math.min(REPS, 2),
        projections: [],
        pauseMs: 0,
      });
      const paused = await runCase('w4App', { fixture, reps: 1, projections: ['balances'] });
      row(
        `W4 rebuild balances, ${bigLabel} events (no pause)`,
        'events/s',
        bal.samples.app!,
        base.samples.base!,
        'scan + upsert',
        { min: 0.5 },
        bal.peakRssMb,
      );
      row(
        `W4 rebuild all ${allProjections.length} projections, ${bigLabel} events (no pause)`,
        'events/s',
        all.samples.app!,
        base.samples.base!,
        'scan + upsert',
        {},
        all.peakRssMb,
      );
      row(
        `W4 rebuild balances, app default (pause ${REBUILD_PAUSE_MS} ms between batches)`,
        'events/s',
        paused.samples.app!,
        base.samples.base!,
        'scan + upsert',
        {},
        paused.peakRssMb,
      );
      const peak = Math.max(bal.peakRssMb, all.peakRssMb, paused.peakRssMb);
      rows.push({
        workload: 'W4 peak RSS of the rebuild process',
        unit: 'MB',
        app: peak,
        baseline: base.peakRssMb,
        baselineLabel: 'baseline process',
        ratio: null,
        target: '< 150 MB',
        met: peak < 150,
        peakRssMb: peak,
      });
    }
    if (want('W5')) {
      log('W5…');
      const r = await runCase('w5', { fixture, deepPage: 10_000, calls: quick ? 200 : 1000 });
      const s = r.samples;
      row(
        `W5 timeline page ${s.deepPage![0]!.toLocaleString('en-US')} (keyset) of ${bigLabel}`,
        'ms',
        s.deep!,
        s.page1!,
        'page 1',
        { min: 0.5 },
        r.peakRssMb,
      );
      row(
        `W5 timeline by value date, page ${s.deepPage![0]!.toLocaleString('en-US')} (keyset)`,
        'ms',
        s.dateDeep!,
        s.datePage1!,
        'page 1 by date',
        { min: 0.5 },
      );
      row(
        `W5 timeline, one account, last page (${s.accPages![0]})`,
        'ms',
        s.accLast!,
        s.accPage1!,
        'its page 1',
        { min: 0.5 },
      );
      extra.w5 = s;
    }
    if (want('W6')) {
      log('W6…');
      const r = await runCase('w6', { fixture, calls: quick ? 20 : 50 });
      row(
        `W6 balancesAsOf at position ${r.samples.position![0]!.toLocaleString('en-US')}`,
        'ms',
        r.samples.app!,
        r.samples.base!,
        'raw fold of the log',
        {},
        r.peakRssMb,
      );
      row(
        'W6 balancesAsOf --date 2018-06-30 (as recorded now)',
        'ms',
        r.samples.byDate!,
        r.samples.rawDate!,
        'raw fold by value date',
        {},
      );
      row(
        'W6 balancesAsOf --date 2018-06-30 --known-at (middle of the log)',
        'ms',
        r.samples.byDateKnown!,
        r.samples.rawDateKnown!,
        'raw fold by value date',
        {},
      );
    }
    if (want('W7')) {
      log('W7…');
      const r = await runCase('w7', { fixture, reps: quick ? 1 : REPS });
      row(
        `W7 online backup copy (db.backup, 256 pages/step), ${bigLabel} events`,
        'ms',
        r.samples.backup!,
        r.samples.copy!,
        'file copy',
        {},
        r.peakRssMb,
      );
      row(
        'W7 verify the backup (integrity_check + hash chain + sha256)',
        'ms',
        r.samples.verify!,
        r.samples.rawVerify!,
        'raw: same checks, no objects',
      );
      row('W7 writeBackup total (copy, self-contained, verify, record)', 'ms', r.samples.total!, null, '');
    }
    if (want('W8')) {
      log('W8…');
      const r = await runCase('w8', { events: quick ? 20_000 : 100_000, calls: quick ? 50 : 200 });
      row(
        `W8 backdate one deposit before all ${(quick ? 20_000 : 100_000).toLocaleString('en-US')} entries of an account`,
        'ms',
        r.samples.backdate!,
        r.samples.append!,
        'the same deposit dated after them',
        { min: 0.5 },
      );
    }
    if (want('IMPORT')) {
      // W9: a statement import end to end (bench/w9-import.ts); its own block, run with --only IMPORT.
      const lines = quick ? 10_000 : 100_000;
      log(`IMPORT (W9, ${lines.toLocaleString('en-US')} lines)…`);
      const [app, base] = (await interleaved(quick ? 1 : Math.min(REPS, 2), [
        ['w9App', { lines }],
        ['w9Baseline', { lines }],
      ])) as [CaseRun, CaseRun];
      row(
        `W9 import a ${lines.toLocaleString('en-US')}-line CSV statement (worker: parse + duplicate check + append + project, 1 tx)`,
        'events/s',
        app.samples.app!,
        base.samples.base!,
        '100 INSERTs/tx',
        { text: 'issue 17: ≥ 0.35× of a minimal-table raw rate' },
        app.peakRssMb,
      );
      row(
        'W9 the whole commitStatement call (worker start under tsx included)',
        'events/s',
        app.samples.call!,
        base.samples.base!,
        '100 INSERTs/tx',
      );
      extra.w9WorkerStartMs = app.samples.start;
      log(`  W9 worker start: ${app.samples.start!.map((v) => v.toFixed(0)).join(', ')} ms`);
    }
    if (want('SEARCH')) {
      // Issue 17: the search projection (FTS5) against a LIKE scan of the same rows.
      log('SEARCH…');
      const r = await runCase('search', { fixture, calls: quick ? 5 : 15 });
      for (const q of SEARCH_QUERIES) {
        row(
          `SEARCH ${q.label}, ${bigLabel} events, first 50 by value date`,
          'ms',
          r.samples[`${q.key}App`]!,
          r.samples[`${q.key}Base`]!,
          q.key === 'amount' ? 'raw SQL, same filter' : "LIKE '%…%' scan",
          {},
          q.key === 'word' ? r.peakRssMb : null,
        );
      }
      extra.search = r.samples;
    }
    if (want('OPEN')) {
      // Issue 17: opening the big ledger, and the open-time chain check (bench/open-check.ts in detail).
      log('OPEN…');
      const r = await runCase('openTime', { fixture, reps: quick ? 3 : 7 });
      const s = r.samples;
      const added = median(s.big!) - median(s.empty!);
      rows.push({
        workload: `OPEN openLedger + close, ${bigLabel} events (vs an empty ledger)`,
        unit: 'ms',
        app: median(s.big!),
        baseline: median(s.empty!),
        baselineLabel: 'empty ledger',
        ratio: median(s.empty!) / median(s.big!),
        target: `adds < 50 ms (adds ${added.toFixed(1)})`,
        met: added < 50,
        peakRssMb: r.peakRssMb,
        samples: s.big!,
      });
      for (const [k, label] of [
        ['steady', `OPEN chain check on open, ${bigLabel} events, head already verified`],
        ['after100', 'OPEN chain check on open after 100 events appended by another program'],
      ] as const) {
        const ms = median(s[k]!);
        rows.push({
          workload: label,
          unit: 'ms',
          app: ms,
          baseline: null,
          baselineLabel: '',
          ratio: null,
          target: '< 10 ms',
          met: ms < 10,
          peakRssMb: null,
          samples: s[k]!,
        });
      }
      extra.open = s;
    }
  } finally {
    tmp.cleanup();
  }
  const out = table();
  process.stdout.write(`\n${command}\n\n${out}\n\n`);
  const result = {
    command,
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    params: { events: N, big: BIG, reps: REPS, quick, w1FullEvents: N_FULL },
    seconds: (Date.now() - started) / 1000,
    rows,
    extra,
    table: out,
  };
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify(result, null, 2));
  log(`Done in ${result.seconds.toFixed(0)} s; wrote bench/results/latest.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
