// Entry point of `npm run ledger -- ...`: bundled into out/cli/ledger.js by scripts/build-cli.mjs
// and started through scripts/launch.mjs (tests may also run it from source under tsx).
import { runCli } from './cli/main';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  env: process.env,
});
process.exitCode = code;
