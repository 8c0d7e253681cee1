// The backup commands: back up now, list backups, restore, export and import the event log.
// Failures are LedgerErrors (main.ts maps them to exit codes: io → 4, validation → 2, ...).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { backupDir, exportEvents, importEvents, restoreFile } from '../backup/index';
import { listBackupsIn, recheckBackup } from '../backup/list-backups';
import { checkFlags, positional, usage } from './args';
import type { CliCommand, CliContext } from './types';

const size = (bytes: number) =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

function backupsTable(rows: BackupInfo[]): string {
  if (rows.length === 0) return 'No backups yet.';
  const head = ['CREATED (UTC)', 'KIND', 'EVENTS', 'POSITION', 'SIZE', 'VERIFIED', 'FILE'];
  const lines = rows.map((b) => [
    b.createdAt.slice(0, 19).replace('T', ' '),
    b.kind,
    String(b.eventCount),
    String(b.headPosition),
    size(b.sizeBytes),
    b.verified,
    b.name,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const right = new Set([2, 3, 4]);
  const fmt = (l: string[]) =>
    l
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(head), ...lines.map(fmt)].join('\n');
}

const print = (ctx: CliContext, value: unknown, human: string) =>
  ctx.out(ctx.json ? JSON.stringify(value) : human);

/** Problems that stop the ledger from opening, where a restore is exactly what the user needs. */
const unopenable = (e: unknown) =>
  e instanceof LedgerError &&
  e.code === 'io' &&
  ['file_corrupt', 'not_a_ledger', 'schema_mismatch'].includes(e.reason ?? '');

/** Backing up or exporting a ledger that does not exist is a mistake (a typo in --db, say). */
function requireLedgerFile(ctx: CliContext): void {
  if (!existsSync(ctx.dbPath))
    throw new LedgerError('io', `There is no ledger file at ${ctx.dbPath}`, 'file_missing', {
      path: ctx.dbPath,
    });
}

export const backupCommands: CliCommand[] = [
  {
    name: 'backup',
    usage: 'backup [DEST]',
    summary: 'Back up the ledger now (verified); DEST is a folder or a new file, default backups/ next to it',
    async run(args, ctx) {
      checkFlags(args, []);
      requireLedgerFile(ctx);
      const dest = args.positionals[0];
      const info = await ctx
        .ledger()
        .backups.create('manual', dest !== undefined ? { dest: resolve(dest) } : {});
      print(ctx, info, info.file);
      ctx.err(
        `Backed up ${info.eventCount} events (${size(info.sizeBytes)}), verified: ${info.verifyMessage}`,
      );
    },
  },
  {
    name: 'backups',
    usage: 'backups',
    summary: 'List the backups in the backup folder, newest first',
    async run(args, ctx) {
      checkFlags(args, []);
      // Read from the folder without opening the ledger: works when it is locked or damaged.
      const list = listBackupsIn(backupDir(ctx.dbPath), ctx.dbPath).map(({ headHash: _h, ...info }) => info);
      print(ctx, list, backupsTable(list));
    },
  },
  {
    name: 'verify-backups',
    usage: 'verify-backups',
    summary: 'Check every listed backup again (checksum, integrity, hash chain); exit 4 if one fails',
    async run(args, ctx) {
      checkFlags(args, []);
      const list = listBackupsIn(backupDir(ctx.dbPath), ctx.dbPath)
        .map(recheckBackup)
        .map(({ headHash: _h, ...info }) => info);
      print(ctx, list, backupsTable(list));
      const failed = list.filter((b) => b.verified === 'failed');
      for (const b of failed) ctx.err(`${b.name}: ${b.verifyMessage}`);
      return failed.length > 0 ? 4 : 0;
    },
  },
  {
    name: 'restore',
    usage: 'restore FILE',
    summary: 'Replace the ledger with a backup (verified first; the current file is kept as a backup)',
    async run(args, ctx) {
      checkFlags(args, []);
      const file = positional(args, 0, 'backup FILE');
      if (!existsSync(ctx.dbPath)) {
        // Nothing to keep: put the backup in place as the ledger.
        const r = await restoreFile(ctx.dbPath, file);
        print(ctx, r, `Restored from ${r.restoredFrom} as the new ledger ${ctx.dbPath}`);
        return;
      }
      let ledger;
      try {
        ledger = ctx.ledger();
      } catch (e) {
        if (!unopenable(e)) throw e;
        // The ledger does not open: restore over it, keeping the damaged file aside.
        ctx.err(`The ledger does not open (${(e as Error).message}); restoring over it.`);
        const r = await restoreFile(ctx.dbPath, file);
        print(
          ctx,
          r,
          `Restored from ${r.restoredFrom}; the damaged file was kept as ${r.keptAs ?? '(none)'}`,
        );
        return;
      }
      // A bare name refers to the backup folder (as listed by `ledger backups`), else a path.
      const r = await ledger.backups.restore(file);
      print(ctx, r, `Restored from ${r.restoredFrom}; the previous ledger was kept as ${r.keptAs}`);
    },
  },
  {
    name: 'export',
    usage: 'export FILE.jsonl',
    summary: 'Write the whole event log as JSON Lines (one event a line, with its hash)',
    async run(args, ctx) {
      checkFlags(args, []);
      const file = resolve(positional(args, 0, 'export FILE'));
      if (existsSync(file)) throw usage(`${file} already exists; choose a new file`);
      requireLedgerFile(ctx);
      const r = await exportEvents(ctx.ledger(), file);
      print(ctx, r, `Exported ${r.eventCount} events to ${r.file}`);
    },
  },
  {
    name: 'import',
    usage: 'import FILE.jsonl',
    summary: 'Create the --db ledger (new or empty) from an exported log; all or nothing',
    async run(args, ctx) {
      checkFlags(args, []);
      const file = resolve(positional(args, 0, 'import FILE'));
      const r = await importEvents(ctx.dbPath, file);
      print(ctx, r, `Imported ${r.eventCount} events into ${r.path}`);
    },
  },
];
