// Commands that read the books: accounts, balances, an account's history by value date, monthly
// totals and "as of". JSON shapes are stable (README, "Command line").
import type { AccountSummary, TimelineEntry } from '../../src-shared/contract';
import type { StoredEvent } from '../../src-shared/events';
import { eventAmount } from '../../src-shared/events';
import { toDecimalString } from '../../src-shared/money';
import { checkFlags, opt, positional, usage } from './args';
import { call, money, printResult, table } from './call';
import type { CliCommand, CliContext } from './types';

function accountsTable(rows: AccountSummary[]): string {
  if (rows.length === 0) return 'No accounts yet.';
  return table(
    ['ID', 'NAME', 'OWNER', 'TYPE', 'CUR', 'BALANCE', 'OPENED', 'STATUS'],
    rows.map((a) => [
      a.accountId,
      a.name,
      a.owner,
      a.type,
      a.currency,
      toDecimalString(a.balance),
      a.openingDate,
      a.status,
    ]),
    [5],
  );
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

/** One account's entries, oldest first by value date (ties by position), with running balances. */
async function accountHistory(ctx: CliContext, accountId: string): Promise<TimelineEntry[]> {
  const newestFirst: TimelineEntry[] = [];
  let cursor: { position: number; valueDate?: string } | undefined;
  for (;;) {
    const page = await call(ctx, 'timeline', {
      accountId,
      order: 'date',
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    newestFirst.push(...page.items);
    if (!page.next) break;
    cursor = page.next;
  }
  return newestFirst.reverse();
}

function historyLine(e: TimelineEntry): string {
  const recorded = e.timestamp.slice(0, 10);
  return [
    e.valueDate,
    e.eventType.padEnd(21),
    (e.amount ? money({ ...e.amount, minor: e.delta }) : '').padStart(16),
    money(e.balanceAfter).padStart(16),
    e.description ?? '',
    recorded !== e.valueDate ? `(recorded on ${recorded})` : '',
  ]
    .join('  ')
    .trimEnd();
}

export const readCommands: CliCommand[] = [
  {
    name: 'accounts',
    usage: 'accounts',
    summary: 'List accounts with their names, types and balances',
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
      const c = await call(ctx, 'clearedBalance', { accountId: a.accountId });
      // The cleared balance: what the reconciliations cleared (printed once there is one).
      printResult(
        ctx,
        {
          accountId: a.accountId,
          balance: a.balance,
          cleared: c.cleared,
          uncleared: c.uncleared,
          reconciledOn: c.reconciledOn,
        },
        money(a.balance) +
          (c.reconciledOn !== null
            ? `\ncleared ${money(c.cleared)} (reconciled on ${c.reconciledOn}), uncleared ${money(c.uncleared)}`
            : ''),
      );
    },
  },
  {
    name: 'history',
    usage: 'history [ACCOUNT_ID]',
    summary:
      "An account's entries by value date with running balances; without one, the whole log as recorded",
    async run(args, ctx) {
      checkFlags(args, []);
      const accountId = args.positionals[0];
      if (accountId) {
        await call(ctx, 'getAccount', { accountId });
        const entries = await accountHistory(ctx, accountId);
        if (ctx.json) ctx.out(JSON.stringify(entries));
        else for (const e of entries) ctx.out(historyLine(e));
        return;
      }
      const all: StoredEvent[] = [];
      let after = 0;
      for (;;) {
        const page = await call(ctx, 'readEvents', { after, limit: 1000 });
        if (ctx.json) all.push(...page.events);
        else for (const e of page.events) ctx.out(eventLine(e));
        if (page.nextAfter === null) break;
        after = page.nextAfter;
      }
      if (ctx.json) ctx.out(JSON.stringify(all));
    },
  },
  {
    name: 'monthly',
    usage: 'monthly ACCOUNT_ID',
    summary: 'Money in and out per value month, with each month-end balance',
    async run(args, ctx) {
      checkFlags(args, []);
      const rows = await call(ctx, 'monthlyTotals', { accountId: positional(args, 0, 'ACCOUNT_ID') });
      printResult(
        ctx,
        rows,
        rows.length === 0
          ? 'No entries yet.'
          : table(
              ['MONTH', 'IN', 'OUT', 'NET', 'CLOSING'],
              rows.map((r) => [
                r.month,
                toDecimalString(r.deposits),
                toDecimalString(r.withdrawals),
                toDecimalString(r.net),
                toDecimalString(r.closingBalance),
              ]),
              [1, 2, 3, 4],
            ),
      );
    },
  },
  {
    name: 'as-of',
    usage: 'as-of (--position N | --time ISO | --date YYYY-MM-DD [--known-at ISO])',
    summary: 'Balances at a point of the log, or on a value date as recorded now or as known at a moment',
    async run(args, ctx) {
      checkFlags(args, ['position', 'time', 'date', 'known-at']);
      const position = opt(args, 'position');
      const time = opt(args, 'time');
      const date = opt(args, 'date');
      const knownAt = opt(args, 'known-at');
      if (position !== undefined && !/^\d+$/.test(position)) throw usage('--position must be a whole number');
      if (knownAt !== undefined && date === undefined) throw usage('--known-at goes with --date');
      const r = await call(ctx, 'balancesAsOf', {
        ...(position !== undefined ? { position: Number(position) } : {}),
        ...(time !== undefined ? { time } : {}),
        ...(date !== undefined ? { date } : {}),
        ...(knownAt !== undefined ? { knownAt } : {}),
      });
      const heading =
        r.date !== null
          ? `on ${r.date}` + (r.knownAt ? `, as known at ${r.knownAt}` : ', as recorded now')
          : `as of position ${r.position} (${r.timestamp ?? 'empty ledger'})`;
      printResult(
        ctx,
        r,
        [
          heading,
          ...r.accounts.map((a) => `${a.accountId}  ${a.name}  ${money(a.balance)}  ${a.status}`),
        ].join('\n'),
      );
    },
  },
];
