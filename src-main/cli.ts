// Entry point of `npm run ledger -- ...` (tsx src-main/cli.ts).
import { runCli } from './cli/main';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
});
process.exitCode = code;
