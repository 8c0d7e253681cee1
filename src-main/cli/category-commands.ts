// Categories, rules, search and reports on the command line. JSON output is the contract's
// output as is (money as { minor, currency }), one document per command.
import type {
  CategoryReportRow,
  MonthlyCategoryRow,
  MovementView,
  NetWorthRow,
} from '../../src-shared/contract';
import { toDecimalString } from '../../src-shared/money';
import { checkFlags, opt, opts, positional, usage } from './args';
import { call, commandId, money, optional, printResult, table } from './call';
import type { CliCommand, CliContext } from './types';

const done = (ctx: CliContext, r: { position: number; duplicate: boolean }, extra = '') =>
  printResult(ctx, r, `${extra}position ${r.position}${r.duplicate ? ' (already applied)' : ''}`);

function searchTable(rows: MovementView[]): string {
  if (rows.length === 0) return 'Nothing found.';
  return table(
    ['DATE', 'EVENT_ID', 'ACCOUNT', 'AMOUNT', 'CATEGORY', 'PAYEE', 'TAGS', 'DESCRIPTION'],
    rows.map((m) => [
      m.valueDate,
      m.eventId,
      m.accountName,
      money(m.amount),
      m.category ?? '',
      m.payee ?? '',
      m.tags.join(','),
      m.description ?? '',
    ]),
    [3],
  );
}

export const categoryCommands: CliCommand[] = [
  {
    name: 'categorize',
    usage: 'categorize EVENT_ID CATEGORY [--payee NAME] [--tag T]... [--command-id ID]',
    summary: 'Set the category (and payee, tags) of a movement; "-" as CATEGORY removes it',
    async run(args, ctx) {
      checkFlags(args, ['payee', 'tag', 'command-id']);
      const category = positional(args, 1, 'CATEGORY');
      const tags = opts(args, 'tag');
      const r = await call(ctx, 'categorize', {
        commandId: commandId(args),
        eventId: positional(args, 0, 'EVENT_ID'),
        category: category === '-' ? null : category,
        ...optional(args, 'payee', 'payee'),
        ...(tags.length > 0 ? { tags } : {}),
      });
      done(ctx, r);
    },
  },
  {
    name: 'categories',
    usage: 'categories [--all]',
    summary: 'List the categories (--all: archived ones too)',
    async run(args, ctx) {
      checkFlags(args, ['all']);
      const rows = await call(ctx, 'categories', { includeArchived: args.flags.all === true });
      if (ctx.json) return void ctx.out(JSON.stringify(rows));
      ctx.out(
        rows.length === 0
          ? 'No categories.'
          : table(
              ['CATEGORY', 'ID', 'STATE'],
              rows.map((c) => [c.path, c.categoryId, c.archived ? 'archived' : c.isDefault ? 'default' : '']),
            ),
      );
    },
  },
  {
    name: 'payees',
    usage: 'payees [PREFIX] [--limit N]',
    summary: 'The payees movements named, most used first, with their last category',
    async run(args, ctx) {
      checkFlags(args, ['limit']);
      const limit = opt(args, 'limit');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw usage('--limit takes a whole number');
      const prefix = args.positionals[0];
      const rows = await call(ctx, 'payees', {
        ...(prefix !== undefined ? { prefix } : {}),
        ...(limit !== undefined ? { limit: Number(limit) } : {}),
      });
      if (ctx.json) return void ctx.out(JSON.stringify(rows));
      ctx.out(
        rows.length === 0
          ? 'No payees.'
          : table(
              ['PAYEE', 'LAST CATEGORY', 'USES'],
              rows.map((p) => [p.name, p.lastCategory ?? '', String(p.count)]),
              [2],
            ),
      );
    },
  },
  {
    name: 'category',
    usage: 'category ACTION CATEGORY [VALUE] [--top] [--command-id ID]',
    summary: 'add PATH | rename PATH NEW_NAME | move PATH PARENT (or --top) | merge FROM INTO | archive PATH',
    async run(args, ctx) {
      checkFlags(args, ['top', 'command-id']);
      const action = positional(args, 0, 'ACTION (add, rename, move, merge or archive)');
      const category = positional(args, 1, 'CATEGORY');
      const value = args.positionals[2];
      const base = { commandId: commandId(args), category };
      const noValue = () => {
        if (value !== undefined) throw usage(`category ${action} takes no third argument`);
      };
      switch (action) {
        case 'add': {
          noValue();
          const r = await call(ctx, 'createCategory', base);
          return void printResult(ctx, r, r.categoryId);
        }
        case 'rename':
          return void done(
            ctx,
            await call(ctx, 'renameCategory', { ...base, name: positional(args, 2, 'NEW_NAME') }),
          );
        case 'move': {
          if ((value === undefined) === (args.flags.top === undefined))
            throw usage('category move needs a PARENT or --top');
          return void done(ctx, await call(ctx, 'moveCategory', { ...base, parent: value ?? null }));
        }
        case 'merge':
          return void done(
            ctx,
            await call(ctx, 'mergeCategories', {
              commandId: base.commandId,
              from: category,
              into: positional(args, 2, 'INTO'),
            }),
          );
        case 'archive':
          noValue();
          return void done(ctx, await call(ctx, 'archiveCategory', base));
        default:
          throw usage(`Unknown category action "${action}": add, rename, move, merge or archive`);
      }
    },
  },
  {
    name: 'rule',
    usage:
      'rule ACTION [RULE_ID] [--payee NAME | --description-contains TEXT] [--category NAME] [--set-payee NAME] [--dry-run] [--command-id ID]',
    summary:
      'add (--payee NAME | --description-contains TEXT) --category NAME [--set-payee NAME] | list | apply RULE_ID [--dry-run]',
    async run(args, ctx) {
      const action = positional(args, 0, 'ACTION (add, list or apply)');
      switch (action) {
        case 'add': {
          checkFlags(args, ['payee', 'description-contains', 'category', 'set-payee', 'command-id']);
          if (args.positionals.length > 1) throw usage('rule add takes options only');
          const category = opt(args, 'category');
          if (category === undefined) throw usage('rule add needs --category NAME');
          const payee = opt(args, 'payee');
          const text = opt(args, 'description-contains');
          if ((payee === undefined) === (text === undefined))
            throw usage('rule add needs one of --payee NAME or --description-contains TEXT');
          const r = await call(ctx, 'addRule', {
            commandId: commandId(args),
            category,
            ...optional(args, 'payee', 'payee'),
            ...optional(args, 'description-contains', 'descriptionContains'),
            ...optional(args, 'set-payee', 'setPayee'),
          });
          return void printResult(ctx, r, r.ruleId);
        }
        case 'list': {
          checkFlags(args, []);
          if (args.positionals.length > 1) throw usage('rule list takes no arguments');
          const rows = await call(ctx, 'rules', {});
          if (ctx.json) return void ctx.out(JSON.stringify(rows));
          return void ctx.out(
            rows.length === 0
              ? 'No rules.'
              : table(
                  ['RULE_ID', 'WHEN', 'CATEGORY', 'SET PAYEE'],
                  rows.map((r) => [
                    r.ruleId,
                    r.payee !== null
                      ? `payee is "${r.payee}"`
                      : `description contains "${r.descriptionContains}"`,
                    r.category,
                    r.setPayee ?? '',
                  ]),
                ),
          );
        }
        case 'apply': {
          checkFlags(args, ['dry-run', 'command-id']);
          const ruleId = positional(args, 1, 'RULE_ID');
          if (args.flags['dry-run'] === true) {
            const changes = await call(ctx, 'previewRule', { ruleId });
            if (ctx.json) return void ctx.out(JSON.stringify(changes));
            return void ctx.out(
              changes.length === 0
                ? 'The rule changes nothing.'
                : table(
                    ['DATE', 'EVENT_ID', 'DESCRIPTION', 'FROM', 'TO'],
                    changes.map((c) => [
                      c.valueDate,
                      c.eventId,
                      c.description ?? '',
                      [c.from.category ?? '-', c.from.payee ?? ''].filter(Boolean).join(' / '),
                      [c.to.category ?? '-', c.to.payee ?? ''].filter(Boolean).join(' / '),
                    ]),
                  ),
            );
          }
          const r = await call(ctx, 'applyRule', { commandId: commandId(args), ruleId });
          return void done(ctx, r, `${r.changed} movement(s) recategorized, batch ${r.batchId}, `);
        }
        default:
          throw usage(`Unknown rule action "${action}": add, list or apply`);
      }
    },
  },
  {
    name: 'search',
    usage: 'search QUERY [--limit N]',
    summary:
      'Find movements, newest first: words, payee:, category:, tag:, amount:>N|<N|N..M, from:, to: (quote the query)',
    async run(args, ctx) {
      checkFlags(args, ['limit']);
      const limit = opt(args, 'limit');
      if (limit !== undefined && !/^\d+$/.test(limit)) throw usage('--limit takes a whole number');
      const rows = await call(ctx, 'search', {
        query: positional(args, 0, 'QUERY'),
        ...(limit !== undefined ? { limit: Number(limit) } : {}),
      });
      ctx.out(ctx.json ? JSON.stringify(rows) : searchTable(rows));
    },
  },
  {
    name: 'report',
    usage: 'report KIND [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    summary:
      'categories --from --to: total per category (money out negative) | monthly --from --to: the same per value month | net-worth: month-end balances',
    async run(args, ctx) {
      checkFlags(args, ['from', 'to']);
      const kind = positional(args, 0, 'KIND (categories, monthly or net-worth)');
      const from = opt(args, 'from');
      const to = opt(args, 'to');
      if (kind === 'categories') {
        if (from === undefined || to === undefined) throw usage('report categories needs --from and --to');
        const rows: CategoryReportRow[] = await call(ctx, 'reportCategories', { from, to });
        if (ctx.json) return void ctx.out(JSON.stringify(rows));
        return void ctx.out(
          rows.length === 0
            ? 'No movements in that period.'
            : table(
                ['CATEGORY', 'TOTAL', 'CUR'],
                rows.map((r) => [r.category ?? '(none)', toDecimalString(r.total), r.total.currency]),
                [1],
              ),
        );
      }
      if (kind === 'monthly') {
        if (from === undefined || to === undefined) throw usage('report monthly needs --from and --to');
        const rows: MonthlyCategoryRow[] = await call(ctx, 'reportMonthly', { from, to });
        if (ctx.json) return void ctx.out(JSON.stringify(rows));
        return void ctx.out(
          rows.length === 0
            ? 'No movements in that period.'
            : table(
                ['MONTH', 'CATEGORY', 'TOTAL', 'CUR'],
                rows.map((r) => [
                  r.month,
                  r.category ?? '(none)',
                  toDecimalString(r.total),
                  r.total.currency,
                ]),
                [2],
              ),
        );
      }
      if (kind === 'net-worth') {
        const rows: NetWorthRow[] = await call(ctx, 'reportNetWorth', {
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        });
        if (ctx.json) return void ctx.out(JSON.stringify(rows));
        return void ctx.out(
          rows.length === 0
            ? 'No accounts yet.'
            : table(
                ['MONTH', 'BALANCE', 'CUR'],
                rows.map((r) => [r.month, toDecimalString(r.balance), r.currency]),
                [1],
              ),
        );
      }
      throw usage(`Unknown report "${kind}": categories, monthly or net-worth`);
    },
  },
];
