// `ledger [--db PATH] [--json] COMMAND ...`: the headless face of the same core. Errors are
// reported once here: message on stderr, exit code by error kind (README, "Command line").
import { existsSync } from 'node:fs';
import { LedgerError, exitCodeFor, toErrorInfo } from '../../src-shared/errors';
import { escapeUnprintable } from '../../src-shared/text';
import { openLedger, type Ledger } from '../ledger';
import { defaultLedgerPath } from '../paths';
import { mapSqliteError } from '../eventstore/sqlite/sqlite-errors';
import { parseArgs, usage } from './args';
import { backupCommands } from './backup-commands';
import { accountCommands } from './account-commands';
import { ledgerCommands } from './ledger-commands';
import { readCommands } from './read-commands';
import { statementCommands } from './statement-commands';
import { categoryCommands } from './category-commands';
import type { CliCommand, CliContext } from './types';

export const commands: CliCommand[] = [
  ...accountCommands,
  ...ledgerCommands,
  ...readCommands,
  ...backupCommands,
  ...statementCommands,
  ...categoryCommands,
];

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: ledger [--db PATH] [--json] COMMAND ...',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    "--db defaults to $LEDGER_DB, else the app's ledger file. Amounts are decimal strings, e.g. 1234.56.",
    'Exit codes: 0 done, 1 refused by a rule, 2 invalid input, 3 conflict, 4 file problem.',
  ].join('\n');
}

/** Only these may create a ledger file that is not there; for the others it is a mistyped --db. */
const CREATES_LEDGER = new Set(['open-account', 'import', 'restore']);

/** How many positionals a usage line allows: the upper-case words before the first option. */
export function maxPositionals(usageLine: string): number {
  let n = 0;
  for (const word of usageLine.split(' ').slice(1)) {
    if (/^\[?--|^\(/.test(word)) break;
    if (/^\[?[A-Z]/.test(word)) n++;
  }
  return n;
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Stored text (names, descriptions) is never printed raw: no terminal escapes from the file.
  const io: CliIo = {
    ...rawIo,
    out: (t) => rawIo.out(escapeUnprintable(t)),
    err: (t) => rawIo.err(escapeUnprintable(t)),
  };
  let ledger: Ledger | null = null;
  let dbPath = '';
  try {
    const args = parseArgs(argv);
    const [name, ...rest] = args.positionals;
    if (!name || args.flags.help) {
      io.out(help());
      return name || args.flags.help ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw usage(`Unknown command "${name}"; run ledger --help`);
    const db = args.flags.db;
    if (db === true) throw usage('Option --db needs a value');
    if (rest.length > maxPositionals(command.usage))
      throw usage(`Too many arguments for ${name}: "${rest.join(' ')}"; usage: ledger ${command.usage}`);
    dbPath = db ?? defaultLedgerPath(io.env);
    const mayCreate = CREATES_LEDGER.has(name);
    const ctx: CliContext = {
      dbPath,
      json: args.flags.json === true,
      ledger: () => {
        if (!ledger && !mayCreate && !existsSync(dbPath))
          throw new LedgerError('io', `There is no ledger at ${dbPath}`, 'file_missing', { path: dbPath });
        return (ledger ??= openLedger(dbPath, { appVersion: io.env.npm_package_version ?? 'cli' }));
      },
      out: io.out,
      err: io.err,
    };
    return (await command.run({ ...args, positionals: rest }, ctx)) ?? 0;
  } catch (e) {
    const info = toErrorInfo(mapSqliteError(e, dbPath));
    io.err(`error: ${info.message}`);
    return exitCodeFor(info.code);
  } finally {
    await (ledger as Ledger | null)?.close();
  }
}
