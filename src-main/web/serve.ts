// `npm run web -- [--db PATH | --demo] [--port N] [--no-open]`: browser mode. The first line of
// stdout is the URL; on a terminal the system browser opens it (unless --no-open).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitCodeFor, isLedgerError } from '../../src-shared/errors';
import { openDemoLedgerFile } from '../demo-ledger-file';
import { defaultLedgerPath } from '../paths';
import { DEFAULT_STATIC_DIR, ensureRendererBuilt } from './build-renderer';
import { startWebServer } from './server';

class UsageError extends Error {}

const USAGE = 'Usage: npm run web -- [--db PATH | --demo] [--port N] [--no-open]';

/** Opens the URL in the system browser, where one exists; a failure to open is not an error. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => process.stderr.write(`Open ${url} in your browser.\n`));
    child.unref();
  } catch {
    process.stderr.write(`Open ${url} in your browser.\n`);
  }
}

/** A year of demo books in a fresh temporary file. */
async function demoLedgerPath(): Promise<string> {
  const ledger = await openDemoLedgerFile();
  await ledger.close();
  return ledger.path;
}

function args() {
  try {
    return parseArgs({
      options: {
        db: { type: 'string' },
        demo: { type: 'boolean', default: false },
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

async function main(): Promise<void> {
  const values = args();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number between 0 and 65535, not "${values.port}"`);
  }
  if (values.demo && values.db !== undefined) throw new UsageError('--demo and --db cannot be used together');
  const dbPath = values.demo ? await demoLedgerPath() : resolve(values.db ?? defaultLedgerPath());
  mkdirSync(dirname(dbPath), { recursive: true });
  await ensureRendererBuilt(DEFAULT_STATIC_DIR);

  const server = await startWebServer({ dbPath, port, staticDir: DEFAULT_STATIC_DIR, autoVerify: true });
  process.stdout.write(`${server.url}\n`);
  // A person at a terminal gets the browser; scripts reading the URL from a pipe do not.
  if (process.stdout.isTTY && !values['no-open']) openBrowser(server.url);
  process.stderr.write(
    `Ledger: ${dbPath}${values.demo ? ' (demo, temporary)' : ''}\nServing on ${server.origin} (loopback only). Ctrl+C to stop.\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: closing the ledger…\n`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`ledger web: ${e instanceof Error ? e.message : String(e)}\n`);
  if (e instanceof UsageError) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  // The CLI's exit codes: 4 for file problems (locked, corrupt, newer schema), 70 for bugs.
  process.exit(isLedgerError(e) ? exitCodeFor(e.code) : 4);
});
