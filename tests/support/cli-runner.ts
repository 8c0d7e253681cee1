// The CLI in-process (runCli) on a ledger file: its exit code and everything it printed, for the
// integration tests of the command line.
import { runCli } from '../../src-main/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `ledger --db DB ARGS…`: stdout and stderr as printed, one line per write. */
export async function runLedger(db: string, ...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(['--db', db, ...args], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: {},
  });
  return { code, out, err };
}

/** The same, with stdout and stderr trimmed (for comparing whole short answers). */
export async function runLedgerTrimmed(db: string, ...args: string[]): Promise<CliRun> {
  const r = await runLedger(db, ...args);
  return { code: r.code, out: r.out.trim(), err: r.err.trim() };
}
