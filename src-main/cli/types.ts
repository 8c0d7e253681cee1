// The shape of a CLI command. Each command maps its arguments to a contract method (through
// Ledger.invoke/call) and formats the answer; parsing and errors are handled once, in main.ts.
import type { Ledger } from '../ledger';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
  /** Every value of each option given more than once keeps its order here (`--tag a --tag b`). */
  repeated?: Record<string, string[]>;
}

export interface CliContext {
  /** The --db path (or $LEDGER_DB, or the app's default file). */
  readonly dbPath: string;
  readonly json: boolean;
  /** Opens the ledger at dbPath on first use (commands like `import` may not want it opened). */
  ledger(): Ledger;
  /** stdout: exactly one JSON document with --json. */
  out(text: string): void;
  /** stderr: progress and messages. */
  err(text: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code (0 when omitted). Throw a LedgerError for failures. */
  run(args: ParsedArgs, ctx: CliContext): Promise<number | void>;
}
