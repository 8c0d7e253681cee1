// The command side: one decide function per command of the contract. Each loads the aggregates
// it needs, lets them check their rules and raise events; the executor appends and projects.
import type { CommandName, ParsedInput } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { StoredEvent } from '../../src-shared/events';
import { parseAmount, type Money } from '../../src-shared/money';
import { Account } from '../domain/account';
import { domainError } from '../domain/domain-error';
import type { AccountRepository, LoadedAccount } from '../domain/account-repository';
import type { SqliteEventStore } from '../eventstore/sqlite-event-store';
import { accountIdFor, transferIdFor } from './event-ids';

export interface Decision {
  touched: LoadedAccount[];
  extra: Record<string, unknown>;
}

interface Deps {
  repo: AccountRepository;
  store: SqliteEventStore;
}

/** A typed amount in the account's currency; zero, too many decimals or too large is invalid input. */
export function amountIn(text: string, currency: string): Money {
  const r = parseAmount(text, currency);
  if (!r.ok) throw new LedgerError('validation', r.message, 'invalid_amount');
  if (r.money.minor <= 0)
    throw new LedgerError('validation', 'The amount must be greater than zero', 'invalid_amount');
  return r.money;
}

type Deciders = { [N in CommandName]: (input: ParsedInput<N>, deps: Deps) => Decision };

export const deciders: Deciders = {
  openAccount(input) {
    const accountId = accountIdFor(input.commandId);
    const opening = input.openingBalance
      ? (() => {
          const r = parseAmount(input.openingBalance, input.currency);
          if (!r.ok) throw new LedgerError('validation', r.message, 'invalid_amount');
          return r.money;
        })()
      : { minor: 0, currency: input.currency };
    const account = Account.open(accountId, input.owner, input.currency, opening);
    return { touched: [{ account, snapshotVersion: 0 }], extra: { accountId } };
  },
  deposit(input, { repo }) {
    const l = repo.load(input.accountId);
    l.account.deposit(amountIn(input.amount, l.account.currency), input);
    return { touched: [l], extra: {} };
  },
  withdraw(input, { repo }) {
    const l = repo.load(input.accountId);
    l.account.withdraw(amountIn(input.amount, l.account.currency), input);
    return { touched: [l], extra: {} };
  },
  transfer(input, { repo }) {
    if (input.fromAccountId === input.toAccountId) {
      throw domainError('same_account', 'Cannot transfer from an account to itself');
    }
    const from = repo.load(input.fromAccountId);
    const to = repo.load(input.toAccountId);
    const transferId = transferIdFor(input.commandId);
    from.account.transferOut(transferId, to.account, amountIn(input.amount, from.account.currency), input);
    return { touched: [from, to], extra: { transferId } };
  },
  renameAccount(input, { repo }) {
    const l = repo.load(input.accountId);
    l.account.rename(input.owner);
    return { touched: [l], extra: {} };
  },
  correctMovement(input, { repo, store }) {
    const original = store.getEvent(input.eventId);
    if (!original) throw new LedgerError('not_found', `No event with id ${input.eventId}`, 'unknown_event');
    const l = repo.load(original.aggregateId);
    l.account.correct(original, input.reason);
    return { touched: [l], extra: {} };
  },
  closeAccount(input, { repo }) {
    const l = repo.load(input.accountId);
    l.account.close();
    return { touched: [l], extra: {} };
  },
};

/** The result a command returned the first time, rebuilt from the events it stored. */
export function priorResult(name: CommandName, prior: StoredEvent[]): Record<string, unknown> {
  const first = prior[0]!;
  const extra: Record<string, unknown> = {};
  if (name === 'openAccount') extra.accountId = first.aggregateId;
  if (name === 'transfer' && first.eventType === 'TransferSent') extra.transferId = first.data.transferId;
  return { ...extra, position: prior[prior.length - 1]!.position, duplicate: true };
}
