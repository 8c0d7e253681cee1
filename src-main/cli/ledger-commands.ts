// The ledger's everyday CLI commands that move money, and the maintenance commands. Each is a
// thin mapping from arguments to a contract method; the rules live in the core, so the CLI, IPC
// and the browser bridge behave alike.
import { existsSync } from 'node:fs';
import { ProjectionName } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { verifyWithoutWriting } from '../storage/sqlite/verify-copy';
import { checkFlags, opt, opts, positional, usage } from './args';
import { call, commandId, optional, printResult } from './call';
import type { CliCommand, ParsedArgs } from './types';

const movementFlags = ['description', 'value-date', 'category', 'payee', 'tag', 'command-id'];
const movementDetails = (args: ParsedArgs) => {
  const tags = opts(args, 'tag');
  return {
    ...optional(args, 'description', 'description'),
    ...optional(args, 'value-date', 'valueDate'),
    ...optional(args, 'category', 'category'),
    ...optional(args, 'payee', 'payee'),
    ...(tags.length > 0 ? { tags } : {}),
  };
};
const META_USAGE = '[--category NAME] [--payee NAME] [--tag T]...';

export const ledgerCommands: CliCommand[] = [
  ...(['deposit', 'withdraw'] as const).map((name): CliCommand => ({
    name,
    usage: `${name} ACCOUNT_ID AMOUNT [--description TEXT] [--value-date YYYY-MM-DD] ${META_USAGE} [--command-id ID]`,
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
    usage: `transfer FROM_ID TO_ID AMOUNT [--description TEXT] [--value-date YYYY-MM-DD] ${META_USAGE} [--command-id ID]`,
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
    name: 'verify',
    usage: 'verify',
    summary: 'Check the hash chain and that every projection equals the fold of the log',
    async run(args, ctx) {
      checkFlags(args, []);
      if (!existsSync(ctx.dbPath))
        throw new LedgerError('io', `There is no ledger at ${ctx.dbPath}`, 'file_missing', {
          path: ctx.dbPath,
        });
      // Opens nothing for writing: checks run on a private copy (verify-copy.ts).
      const { report: r, rollback } = await verifyWithoutWriting(ctx.dbPath);
      if (ctx.json) ctx.out(JSON.stringify(r));
      else {
        ctx.out(r.chain.message);
        if (r.chain.ok)
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
      // The chain may be whole and still shorter than the log this app saw (a rollback).
      if (rollback) {
        ctx.err(`error: ${rollback.message}`);
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
