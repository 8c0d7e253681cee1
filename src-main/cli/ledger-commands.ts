// The ledger's everyday CLI commands. Each is a thin mapping from arguments to a contract
// method; the rules live in the core, so the CLI, IPC and the browser bridge behave alike.
import { randomUUID } from 'node:crypto';
import type { AccountSummary, MethodName, Output } from '../../src-shared/contract';
import { contract, ProjectionName } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import { eventAmount } from '../../src-shared/events';
import { toDecimalString, type Money } from '../../src-shared/money';
import { checkFlags, opt, positional, usage } from './args';
import type { CliCommand, CliContext, ParsedArgs } from './types';

/** Parses with the contract's schema and runs the method: the same path as IPC. */
async function call<N extends MethodName>(ctx: CliContext, name: N, input: unknown): Promise<Output<N>> {
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) throw parsed.error;
  return ctx.ledger().call(name, parsed.data as never);
}

const commandId = (args: ParsedArgs) => opt(args, 'command-id') ?? randomUUID();
const money = (m: Money) => `${toDecimalString(m)} ${m.currency}`;
const movementFlags = ['description', 'value-date', 'command-id'];
const movementDetails = (args: ParsedArgs) => ({
  ...(opt(args, 'description') !== undefined ? { description: opt(args, 'description') } : {}),
  ...(opt(args, 'value-date') !== undefined ? { valueDate: opt(args, 'value-date') } : {}),
});

function printResult(ctx: CliContext, value: object, human: string): void {
  ctx.out(ctx.json ? JSON.stringify(value) : human);
}

function accountsTable(rows: AccountSummary[]): string {
  if (rows.length === 0) return 'No accounts yet.';
  const lines = rows.map((a) => [a.accountId, a.owner, a.currency, toDecimalString(a.balance), a.status]);
  const head = ['ID', 'OWNER', 'CUR', 'BALANCE', 'STATUS'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) =>
    l
      .map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

function eventLine(e: StoredEvent): string {
  const amount = eventAmount(e);
  return [
    String(e.position).padStart(6),
    e.timestamp,
    e.eventType.padEnd(17),
    e.aggregateId,
    amount ? money(amount).padStart(16) : '',
  ]
    .join('  ')
    .trimEnd();
}

export const ledgerCommands: CliCommand[] = [
  {
    name: 'open-account',
    usage: 'open-account --owner NAME [--currency CODE] [--initial AMOUNT] [--command-id ID]',
    summary: 'Open an account; prints its id',
    async run(args, ctx) {
      checkFlags(args, ['owner', 'currency', 'initial', 'command-id']);
      const owner = opt(args, 'owner');
      if (owner === undefined) throw usage('open-account needs --owner NAME');
      const r = await call(ctx, 'openAccount', {
        commandId: commandId(args),
        owner,
        currency: opt(args, 'currency') ?? 'EUR',
        ...(opt(args, 'initial') !== undefined ? { openingBalance: opt(args, 'initial') } : {}),
      });
      printResult(ctx, r, r.accountId);
    },
  },
  ...(['deposit', 'withdraw'] as const).map((name): CliCommand => ({
    name,
    usage: `${name} ACCOUNT_ID AMOUNT [--description TEXT] [--value-date YYYY-MM-DD] [--command-id ID]`,
    summary: name === 'deposit' ? 'Deposit money into an account' : 'Withdraw money from an account',
    async run(args, ctx) {
      checkFlags(args, movementFlags);
      const r = await call(ctx, name, {
        commandId: commandId(args),
        accountId: positional(args, 0, 'ACCOUNT_ID'),
        amount: positional(args, 1, 'AMOUNT'),
        ...movementDetails(args),
      });
      printResult(ctx, r, `position ${r.position}${r.duplicate ? ' (already applied)' : ''}`);
    },
  })),
  {
    name: 'transfer',
    usage: 'transfer FROM_ID TO_ID AMOUNT [--description TEXT] [--value-date YYYY-MM-DD] [--command-id ID]',
    summary: 'Move money between two accounts of the same currency',
    async run(args, ctx) {
      checkFlags(args, movementFlags);
      const r = await call(ctx, 'transfer', {
        commandId: commandId(args),
        fromAccountId: positional(args, 0, 'FROM_ID'),
        toAccountId: positional(args, 1, 'TO_ID'),
        amount: positional(args, 2, 'AMOUNT'),
        ...movementDetails(args),
      });
      printResult(ctx, r, r.transferId);
    },
  },
  {
    name: 'rename',
    usage: 'rename ACCOUNT_ID NAME [--command-id ID]',
    summary: "Change an account's owner name",
    async run(args, ctx) {
      checkFlags(args, ['command-id']);
      const r = await call(ctx, 'renameAccount', {
        commandId: commandId(args),
        accountId: positional(args, 0, 'ACCOUNT_ID'),
        owner: positional(args, 1, 'NAME'),
      });
      printResult(ctx, r, `position ${r.position}`);
    },
  },
  {
    name: 'correct',
    usage: 'correct EVENT_ID --reason TEXT [--command-id ID]',
    summary: 'Reverse a deposit or withdrawal with a compensating event',
    async run(args, ctx) {
      checkFlags(args, ['reason', 'command-id']);
      const reason = opt(args, 'reason');
      if (reason === undefined) throw usage('correct needs --reason TEXT');
      const r = await call(ctx, 'correctMovement', {
        commandId: commandId(args),
        eventId: positional(args, 0, 'EVENT_ID'),
        reason,
      });
      printResult(ctx, r, `position ${r.position}`);
    },
  },
  {
    name: 'close-account',
    usage: 'close-account ACCOUNT_ID [--command-id ID]',
    summary: 'Close an account with a zero balance',
    async run(args, ctx) {
      checkFlags(args, ['command-id']);
      const r = await call(ctx, 'closeAccount', {
        commandId: commandId(args),
        accountId: positional(args, 0, 'ACCOUNT_ID'),
      });
      printResult(ctx, r, `position ${r.position}`);
    },
  },
  {
    name: 'accounts',
    usage: 'accounts',
    summary: 'List accounts with their balances',
    async run(args, ctx) {
      checkFlags(args, []);
      const rows = await call(ctx, 'listAccounts', {});
      printResult(ctx, rows, accountsTable(rows));
    },
  },
  {
    name: 'balance',
    usage: 'balance ACCOUNT_ID',
    summary: "Print an account's balance",
    async run(args, ctx) {
      checkFlags(args, []);
      const a = await call(ctx, 'getAccount', { accountId: positional(args, 0, 'ACCOUNT_ID') });
      printResult(ctx, { accountId: a.accountId, balance: a.balance }, money(a.balance));
    },
  },
  {
    name: 'history',
    usage: 'history [ACCOUNT_ID]',
    summary: 'Print the events (of one account, or all) in order',
    async run(args, ctx) {
      checkFlags(args, []);
      const aggregateId = args.positionals[0];
      if (aggregateId) await call(ctx, 'getAccount', { accountId: aggregateId });
      const all: StoredEvent[] = [];
      let after = 0;
      for (;;) {
        const page = await call(ctx, 'readEvents', {
          after,
          limit: 1000,
          ...(aggregateId ? { aggregateId } : {}),
        });
        if (ctx.json) all.push(...page.events);
        else for (const e of page.events) ctx.out(eventLine(e));
        if (page.nextAfter === null) break;
        after = page.nextAfter;
      }
      if (ctx.json) ctx.out(JSON.stringify(all));
    },
  },
  {
    name: 'as-of',
    usage: 'as-of (--position N | --time ISO)',
    summary: 'Balances as the ledger stood at a position or a moment',
    async run(args, ctx) {
      checkFlags(args, ['position', 'time']);
      const position = opt(args, 'position');
      const time = opt(args, 'time');
      const r = await call(ctx, 'balancesAsOf', {
        ...(position !== undefined ? { position: Number(position) } : {}),
        ...(time !== undefined ? { time } : {}),
      });
      printResult(
        ctx,
        r,
        [
          `as of position ${r.position} (${r.timestamp ?? 'empty ledger'})`,
          ...r.accounts.map((a) => `${a.accountId}  ${a.owner}  ${money(a.balance)}  ${a.status}`),
        ].join('\n'),
      );
    },
  },
  {
    name: 'verify',
    usage: 'verify',
    summary: 'Check the hash chain and that every projection equals the fold of the log',
    async run(args, ctx) {
      checkFlags(args, []);
      const r = await call(ctx, 'verifyLedger', {});
      if (ctx.json) ctx.out(JSON.stringify(r));
      else {
        ctx.out(r.chain.message);
        ctx.out(
          r.projections.ok
            ? 'Projections match the log'
            : r.projections.differences.map((d) => `${d.projection}: ${d.message}`).join('\n'),
        );
      }
      if (!r.chain.ok) {
        ctx.err(`error: hash chain broken at position ${r.chain.brokenAt}: ${r.chain.message}`);
        return 4;
      }
      if (!r.projections.ok) {
        ctx.err('error: projections differ from the log; run `ledger rebuild`');
        return 4;
      }
    },
  },
  {
    name: 'rebuild',
    usage: 'rebuild [--projection NAME]',
    summary: 'Rebuild projections from the log (progress on stderr)',
    async run(args, ctx) {
      checkFlags(args, ['projection']);
      const p = opt(args, 'projection');
      const projection = p === undefined ? undefined : ProjectionName.safeParse(p);
      if (projection && !projection.success) {
        throw new LedgerError(
          'validation',
          `Unknown projection ${p}; one of ${ProjectionName.options.join(', ')}`,
        );
      }
      const ledger = ctx.ledger();
      const started = Date.now();
      let last = 0;
      let lastDone = -1;
      const r = ledger.storage.projections.rebuild({
        ...(projection ? { projections: [projection.data!] } : {}),
        onProgress(done, total) {
          const now = Date.now();
          if ((now - last < 500 && done < total) || done === lastDone) return;
          last = now;
          lastDone = done;
          const rate = done / Math.max((now - started) / 1000, 0.001);
          const left = rate > 0 ? Math.round((total - done) / rate) : 0;
          ctx.err(
            `rebuild: ${done}/${total} events (${total ? Math.floor((done / total) * 100) : 100}%), ${Math.round(rate)} events/s, ${left}s left`,
          );
        },
      });
      const summary = { done: r.done, total: r.total, differences: r.differences };
      printResult(
        ctx,
        summary,
        `Rebuilt from ${r.done} events` +
          (r.differences.length
            ? `; the old read model differed: ${r.differences.map((d) => d.message).join('; ')}`
            : '; it matched the old read model'),
      );
    },
  },
];
