// A small, strict argument parser: `--name value`, `--name=value`, boolean switches, and
// positionals. Unknown options are usage errors (exit 2), not silently ignored.
import { LedgerError } from '../../src-shared/errors';
import type { ParsedArgs } from './types';

const SWITCHES = new Set([
  'json',
  'help',
  'yes',
  'dry-run',
  'move-opening-date',
  'keep-likely-duplicates',
  'all',
  'top',
]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  const repeated: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (SWITCHES.has(name)) {
        flags[name] = true;
      } else {
        let v: string;
        if (eq > 0) v = a.slice(eq + 1);
        else {
          const next = argv[i + 1];
          if (next === undefined) throw usage(`Option --${name} needs a value`);
          v = next;
          i++;
        }
        flags[name] = v;
        (repeated[name] ??= []).push(v);
      }
    } else {
      positionals.push(a);
    }
  }
  return { positionals, flags, repeated };
}

/** Every value of a repeatable option (`--tag a --tag b`), in order. */
export function opts(args: ParsedArgs, name: string): string[] {
  if (args.flags[name] === true) throw usage(`Option --${name} needs a value`);
  return args.repeated?.[name] ?? (typeof args.flags[name] === 'string' ? [args.flags[name]] : []);
}

export const usage = (message: string) => new LedgerError('validation', message, 'usage');

/** The string value of an option, or undefined; `true` (a switch used as an option) is an error. */
export function opt(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  if (v === true) throw usage(`Option --${name} needs a value`);
  return v;
}

export function checkFlags(args: ParsedArgs, allowed: readonly string[]): void {
  for (const k of Object.keys(args.flags)) {
    if (!allowed.includes(k) && !['db', 'json', 'help'].includes(k)) throw usage(`Unknown option --${k}`);
  }
}

export function positional(args: ParsedArgs, index: number, what: string): string {
  const v = args.positionals[index];
  if (v === undefined) throw usage(`Missing ${what}`);
  return v;
}
