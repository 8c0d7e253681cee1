// `npm run web -- [--db PATH] [--port N]`: browser mode. The first line of stdout is the URL.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitCodeFor, isLedgerError } from '../../src-shared/errors';
import { defaultLedgerPath } from '../paths';
import { DEFAULT_STATIC_DIR, ensureRendererBuilt } from './build-renderer';
import { startWebServer } from './server';

class UsageError extends Error {}

function args() {
  try {
    return parseArgs({
      options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

async function main(): Promise<void> {
  const values = args();
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--db PATH] [--port N]\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number between 0 and 65535, not "${values.port}"`);
  }
  const dbPath = resolve(values.db ?? defaultLedgerPath());
  mkdirSync(dirname(dbPath), { recursive: true });
  await ensureRendererBuilt(DEFAULT_STATIC_DIR);

  const server = await startWebServer({ dbPath, port, staticDir: DEFAULT_STATIC_DIR });
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(`Ledger: ${dbPath}\nServing on ${server.origin} (loopback only). Ctrl+C to stop.\n`);

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
    process.stderr.write('Usage: npm run web -- [--db PATH] [--port N]\n');
    process.exit(2);
  }
  // The CLI's exit codes: 4 for file problems (locked, corrupt, newer schema), 70 for bugs.
  process.exit(isLedgerError(e) ? exitCodeFor(e.code) : 4);
});
