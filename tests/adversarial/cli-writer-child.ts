// A separate CLI user for the concurrency cases: runs `ledger --db DB deposit ACCOUNT 1` COUNT
// times through the real runner (each run opens, writes and closes the file as the CLI does) and
// prints one JSON line with the exit codes and error messages it saw.
import { runCli } from '../../src-main/cli/main';

const [db, account, count] = process.argv.slice(2) as [string, string, string];
const codes: number[] = [];
const errors: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const code = await runCli(['--db', db, 'deposit', account, '1', '--value-date', '2026-02-01'], {
    out: () => {},
    err: (t) => errors.push(t),
    env: {},
  });
  codes.push(code);
}
process.stdout.write(`${JSON.stringify({ codes, errors })}\n`);
