// What every CLI command shares: the contract call (the same parse as IPC), command ids, and
// printing one JSON document or a human line.
import { randomUUID } from 'node:crypto';
import type { MethodName, Output } from '../../src-shared/contract';
import { contract } from '../../src-shared/contract';
import { toDecimalString, type Money } from '../../src-shared/money';
import { opt } from './args';
import type { CliContext, ParsedArgs } from './types';

/** Parses with the contract's schema and runs the method: the same path as IPC. */
export async function call<N extends MethodName>(
  ctx: CliContext,
  name: N,
  input: unknown,
): Promise<Output<N>> {
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) throw parsed.error;
  return ctx.ledger().call(name, parsed.data as never);
}

export const commandId = (args: ParsedArgs) => opt(args, 'command-id') ?? randomUUID();
export const money = (m: Money) => `${toDecimalString(m)} ${m.currency}`;

/** `--name value` as `{ key: value }`, or nothing when the option is absent. */
export function optional<K extends string>(
  args: ParsedArgs,
  name: string,
  key: K,
): Partial<Record<K, string>> {
  const v = opt(args, name);
  return v === undefined ? {} : ({ [key]: v } as Record<K, string>);
}

export function printResult(ctx: CliContext, value: object, human: string): void {
  ctx.out(ctx.json ? JSON.stringify(value) : human);
}

/** A fixed-width table; columns listed in `right` are right-aligned (amounts). */
export function table(head: string[], lines: string[][], right: number[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) =>
    l
      .map((c, i) => (right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}
