// One handler per method of the contract: commands go through the executor, queries read the
// projections, operations start long work. Typed per method, so a handler that returns anything
// but its contract output does not compile.
import { contract, type MethodName, type Output, type ParsedInput } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { Ledger } from '../ledger';
import { commands } from './commands';
import { categoryHandlers } from './category-handlers';
import {
  assertNoImportWriting,
  cancelStatementImport,
  commitStatement,
  csvProfiles,
  previewStatement,
  undoStatementImport,
} from './statement-operations';

export type Handlers = {
  [N in MethodName]: (input: ParsedInput<N>) => Output<N> | Promise<Output<N>>;
};

/** Writes refused while the import worker holds the write lock (see assertNoImportWriting). */
const WRITING_OPERATIONS = new Set<MethodName>(['undoImport', 'startRebuild', 'restoreBackup']);

export function methodHandlers(ledger: Ledger): Handlers {
  const table = handlerTable(ledger);
  for (const name of Object.keys(table) as MethodName[]) {
    if (contract[name].kind !== 'command' && !WRITING_OPERATIONS.has(name)) continue;
    const handler = table[name] as (i: unknown) => unknown;
    (table as Record<MethodName, (i: unknown) => unknown>)[name] = (i) => {
      assertNoImportWriting(ledger);
      return handler(i);
    };
  }
  return table;
}

function handlerTable(ledger: Ledger): Handlers {
  const read = () => ledger.storage.read;
  const store = () => ledger.store;
  return {
    openAccount: (i) => ledger.execute('openAccount', commands.openAccount, i),
    deposit: (i) => ledger.execute('deposit', commands.deposit, i),
    withdraw: (i) => ledger.execute('withdraw', commands.withdraw, i),
    transfer: (i) => ledger.execute('transfer', commands.transfer, i),
    renameAccount: (i) => ledger.execute('renameAccount', commands.renameAccount, i),
    changeOwner: (i) => ledger.execute('changeOwner', commands.changeOwner, i),
    setOpeningDate: (i) => ledger.execute('setOpeningDate', commands.setOpeningDate, i),
    correctMovement: (i) => ledger.execute('correctMovement', commands.correctMovement, i),
    closeAccount: (i) => ledger.execute('closeAccount', commands.closeAccount, i),
    reconcile: (i) => ledger.execute('reconcile', commands.reconcile, i),
    listAccounts: () => read().listAccounts(),
    getAccount: (i) => read().getAccount(i.accountId),
    timeline: (i) => read().timeline(i),
    timelineCount: (i) => ({ count: read().timelineCount(i) }),
    getEvent: (i) => {
      const e = store().getEvent(i.eventId);
      if (!e) throw new LedgerError('not_found', `No event with id ${i.eventId}`, 'unknown_event');
      return e;
    },
    readEvents: (i) => {
      const events = [
        ...store().readAll(i.after, {
          limit: i.limit + 1,
          ...(i.aggregateId ? { streams: [i.aggregateId] } : {}),
        }),
      ];
      const more = events.length > i.limit;
      if (more) events.pop();
      return { events, nextAfter: more ? events[events.length - 1]!.position : null };
    },
    monthlyTotals: (i) => read().monthlyTotals(i.accountId),
    balancesAsOf: (i) => read().balancesAsOf(i),
    ledgerInfo: () => {
      // Positions are gap-free from 1 (verify checks it), so the head is the count: one index
      // seek instead of count(*) over the whole log, on every refresh of the status bar.
      const head = store().headPosition();
      return {
        path: ledger.path,
        eventCount: head,
        headPosition: head,
        schemaVersion: ledger.storage.schemaVersion(),
        appVersion: ledger.appVersion,
        lastVerification: ledger.lastVerification(),
        integrity: (({ ok, brokenAt, message, missing }) => ({ ok, brokenAt, message, missing }))(
          ledger.integrity(),
        ),
      };
    },
    openDemoLedger: () => {
      const open = ledger.host.openDemoLedger;
      if (!open) {
        throw new LedgerError(
          'validation',
          'The demo ledger opens in the app or browser mode: npm run web -- --demo',
        );
      }
      return open();
    },
    verifyLedger: () => ledger.verifyOffThread(),
    cancelVerification: () => ledger.cancelVerification(),
    verificationStatus: () => ledger.verificationStatus(),
    // A rebuild or an import never runs beside a verification: the verification gives way (it
    // is cancelled, the previous result stays, and the schedule tries again later).
    startRebuild: async (i) => {
      await ledger.stopVerification();
      return ledger.rebuilds.start(i.projections ?? []);
    },
    cancelRebuild: () => ledger.rebuilds.cancel(),
    rebuildStatus: () => ledger.rebuilds.status(),
    listBackups: () => ledger.backups.list(),
    createBackup: () => ledger.backups.create('manual'),
    restoreBackup: (i) => ledger.backups.restore(i.file),
    ...categoryHandlers(ledger),
    previewStatement: async (i) => {
      await ledger.stopVerification();
      return previewStatement(ledger, i);
    },
    commitStatement: async (i) => {
      await ledger.stopVerification();
      return commitStatement(ledger, i);
    },
    cancelStatementImport: () => cancelStatementImport(ledger),
    undoImport: (i) => undoStatementImport(ledger, i.batchId),
    csvProfiles: (i) => csvProfiles(ledger, i.accountId),
    imports: (i) => {
      if (i.accountId !== undefined) read().getAccount(i.accountId);
      return read().statements.imports(i.accountId);
    },
    clearedBalance: (i) => {
      const a = read().getAccount(i.accountId);
      const c = read().statements.clearedBalance(i.accountId);
      const money = (minor: number) => ({ minor, currency: a.currency });
      return {
        accountId: a.accountId,
        balance: a.balance,
        cleared: money(c.minor),
        uncleared: money(a.balance.minor - c.minor),
        reconciledOn: c.reconciledOn,
      };
    },
  };
}
