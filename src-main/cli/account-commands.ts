// Commands about the accounts themselves: open, rename, owner, opening date, close.
import { AccountType } from '../../src-shared/events';
import { checkFlags, opt, positional, usage } from './args';
import { call, commandId, optional, printResult } from './call';
import type { CliCommand } from './types';

/** A command that changes one fact of one account (ACCOUNT_ID VALUE) and prints the position. */
function accountChange(
  name: string,
  what: string,
  summary: string,
  send: (
    accountId: string,
    value: string,
  ) => [method: 'renameAccount' | 'changeOwner' | 'setOpeningDate', input: object],
): CliCommand {
  return {
    name,
    usage: `${name} ACCOUNT_ID ${what} [--command-id ID]`,
    summary,
    async run(args, ctx) {
      checkFlags(args, ['command-id']);
      const [method, input] = send(positional(args, 0, 'ACCOUNT_ID'), positional(args, 1, what));
      const r = await call(ctx, method, { commandId: commandId(args), ...input });
      printResult(ctx, r, `position ${r.position}${r.duplicate ? ' (already applied)' : ''}`);
    },
  };
}

export const accountCommands: CliCommand[] = [
  {
    name: 'open-account',
    usage:
      'open-account --owner NAME [--name ACCOUNT_NAME] [--type checking|savings|cash|credit-card|other] [--currency CODE] [--initial AMOUNT] [--value-date YYYY-MM-DD] [--command-id ID]',
    summary: 'Open an account (its name defaults to the owner, its opening date to today); prints its id',
    async run(args, ctx) {
      checkFlags(args, ['owner', 'name', 'type', 'currency', 'initial', 'value-date', 'command-id']);
      const owner = opt(args, 'owner');
      if (owner === undefined) throw usage('open-account needs --owner NAME');
      const type = opt(args, 'type');
      if (type !== undefined && !AccountType.safeParse(type).success)
        throw usage(`--type must be one of ${AccountType.options.join(', ')}`);
      const r = await call(ctx, 'openAccount', {
        commandId: commandId(args),
        owner,
        currency: opt(args, 'currency') ?? 'EUR',
        ...optional(args, 'name', 'name'),
        ...optional(args, 'type', 'type'),
        ...optional(args, 'initial', 'openingBalance'),
        ...optional(args, 'value-date', 'openingDate'),
      });
      printResult(ctx, r, r.accountId);
    },
  },
  accountChange('rename', 'NAME', 'Rename an account (its owner stays)', (accountId, name) => [
    'renameAccount',
    { accountId, name },
  ]),
  accountChange('set-owner', 'OWNER', "Change an account's owner (its name stays)", (accountId, owner) => [
    'changeOwner',
    { accountId, owner },
  ]),
  accountChange(
    'set-opening-date',
    'YYYY-MM-DD',
    "Move an account's opening date (never after its first entry)",
    (accountId, openingDate) => ['setOpeningDate', { accountId, openingDate }],
  ),
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
];
