// The command side: one definition per command of the contract. `decide` loads the aggregates it
// needs and lets them check their rules and raise events; `result` derives the command's own
// output from the events it stored, the same way the first time and on a retry with the same
// command id (so a retry answers exactly what the first call answered).
import type { CommandName, CommandResult, Output, ParsedInput } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { balanceDelta, timelineFields, type StoredEvent } from '../../src-shared/events';
import { parseAmount, parseSignedDecimal, type Money } from '../../src-shared/money';
import { Account } from '../domain/account';
import { domainError } from '../domain/domain-error';
import type { AccountRepository, LoadedAccount } from '../domain/account-repository';
import type { Categories } from '../domain/categories';
import type { LoadedCategories } from '../domain/categories-repository';
import type { EventStore } from '../eventstore/types';
import { accountIdFor, transferIdFor } from './event-ids';
import { categoryCommands, entryMeta } from './category-commands';

export interface CommandDeps {
  repo: AccountRepository;
  store: EventStore;
  /** Today's date in the user's time zone: the value date of an entry that names none. */
  today: () => string;
  /** The category tree (loaded on first use, the same instance for the whole decision). */
  categories: () => Categories;
}

/** An aggregate a command loaded and may have changed. */
export type Touched = LoadedAccount | LoadedCategories;

export interface Command<I, E> {
  /** The aggregates the command changed (their pending events are appended together). */
  decide(input: I, deps: CommandDeps): Touched[];
  /** What the command returns besides its position, from the events it stored. */
  result(events: readonly StoredEvent[]): E;
}

/** A command's output without the position and duplicate flag every command returns. */
export type CommandExtra<N extends CommandName> = Omit<Output<N>, keyof CommandResult>;
type CommandOf<N extends CommandName> = Command<ParsedInput<N>, CommandExtra<N>>;

/** A typed amount in the account's currency; zero, too many decimals or too large is invalid input. */
export function amountIn(text: string, currency: string): Money {
  const r = parseAmount(text, currency);
  if (!r.ok) throw new LedgerError('validation', r.message, 'invalid_amount');
  if (r.money.minor <= 0)
    throw new LedgerError('validation', 'The amount must be greater than zero', 'invalid_amount');
  return r.money;
}

const nothingElse = () => ({});

interface EntryInput {
  commandId: string;
  description?: string | undefined;
  valueDate?: string | undefined;
  category?: string | undefined;
  payee?: string | undefined;
  tags?: string[] | undefined;
}

/**
 * The movement's description, value date (today when the input names none), and its category,
 * payee and tags (a new category path creates the category; none given: the rules decide). The
 * tree comes back among the touched aggregates, appended only when a category was created.
 */
function details(input: EntryInput, deps: CommandDeps) {
  const { meta, touched } = entryMeta(input, deps);
  return {
    details: { description: input.description, valueDate: input.valueDate ?? deps.today(), ...meta },
    touched,
  };
}

export const commands: { readonly [N in CommandName]: CommandOf<N> } = {
  openAccount: {
    decide(input, { today }) {
      const accountId = accountIdFor(input.commandId);
      const opening = input.openingBalance
        ? (() => {
            const r = parseAmount(input.openingBalance, input.currency);
            if (!r.ok) throw new LedgerError('validation', r.message, 'invalid_amount');
            return r.money;
          })()
        : { minor: 0, currency: input.currency };
      const account = Account.open(accountId, {
        owner: input.owner,
        name: input.name,
        type: input.type,
        currency: input.currency,
        openingBalance: opening,
        openingDate: input.openingDate ?? today(),
      });
      return [{ account, snapshotVersion: 0 }];
    },
    result: (events) => ({ accountId: events[0]!.aggregateId }),
  },
  deposit: {
    decide(input, deps) {
      const l = deps.repo.load(input.accountId);
      const d = details(input, deps);
      l.account.deposit(amountIn(input.amount, l.account.currency), d.details);
      return [...d.touched, l];
    },
    result: nothingElse,
  },
  withdraw: {
    decide(input, deps) {
      const l = deps.repo.load(input.accountId);
      const d = details(input, deps);
      l.account.withdraw(amountIn(input.amount, l.account.currency), d.details);
      return [...d.touched, l];
    },
    result: nothingElse,
  },
  transfer: {
    decide(input, deps) {
      if (input.fromAccountId === input.toAccountId) {
        throw domainError('same_account', 'Cannot transfer from an account to itself');
      }
      const from = deps.repo.load(input.fromAccountId);
      const to = deps.repo.load(input.toAccountId);
      const transferId = transferIdFor(input.commandId);
      const amount = amountIn(input.amount, from.account.currency);
      const d = details(input, deps);
      from.account.transferOut(transferId, to.account, amount, d.details);
      return [...d.touched, from, to];
    },
    result(events) {
      const sent = events.find((e) => e.eventType === 'TransferSent');
      if (!sent) throw new LedgerError('internal', 'A transfer without its TransferSent event');
      return { transferId: sent.data.transferId };
    },
  },
  renameAccount: {
    decide(input, { repo }) {
      const l = repo.load(input.accountId);
      l.account.rename(input.name);
      return [l];
    },
    result: nothingElse,
  },
  changeOwner: {
    decide(input, { repo }) {
      const l = repo.load(input.accountId);
      l.account.changeOwner(input.owner);
      return [l];
    },
    result: nothingElse,
  },
  setOpeningDate: {
    decide(input, { repo }) {
      const l = repo.load(input.accountId);
      l.account.setOpeningDate(input.openingDate);
      return [l];
    },
    result: nothingElse,
  },
  correctMovement: {
    decide(input, { repo, store }) {
      const original = store.getEvent(input.eventId);
      if (!original) throw new LedgerError('not_found', `No event with id ${input.eventId}`, 'unknown_event');
      const l = repo.load(original.aggregateId);
      l.account.correct(original, input.reason);
      return [l];
    },
    result: nothingElse,
  },
  reconcile: {
    decide(input, { repo, store }) {
      const l = repo.load(input.accountId);
      const r = parseSignedDecimal(input.balance, l.account.currency);
      if (!r.ok) throw new LedgerError('validation', r.message, 'invalid_amount');
      // The balance by value date on that date: every entry dated up to it, whenever recorded.
      let minor = 0;
      for (const e of store.readStreamData(input.accountId)) {
        const date = timelineFields(e).valueDate;
        if (date !== undefined && date <= input.date) minor += balanceDelta(e);
      }
      l.account.reconcile(input.date, r.money, { minor, currency: l.account.currency });
      return [l];
    },
    result: nothingElse,
  },
  closeAccount: {
    decide(input, { repo }) {
      const l = repo.load(input.accountId);
      l.account.close();
      return [l];
    },
    result: nothingElse,
  },
  ...categoryCommands,
};
