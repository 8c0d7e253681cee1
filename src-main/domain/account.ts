// The Account aggregate: the seed's Account, with integer money, validated amounts, value dates,
// and the bookkeeping commands (transfers, corrections, renames, opening date, close).
//
// The overdraft rule under value dates (README, "Value dates"): what the account holds after the
// entry, counting every entry whatever its date, may not go below zero. A backdated withdrawal is
// refused only when the account does not hold the money today; the running balance by value date
// may still dip below zero on an earlier day (the books then show that day in red, as a bank
// statement would). A credit-card account holds what is owed: its balance may go below zero.
import type {
  AccountKind,
  DomainEventOf,
  EventData,
  MovementMeta,
  StoredEvent,
} from '../../src-shared/events';
import type { Money } from '../../src-shared/money';
import { Aggregate } from './aggregate';
import { domainError, show } from './domain-error';

export interface MovementDetails {
  description?: string | undefined;
  categoryId?: string | undefined;
  payee?: string | undefined;
  tags?: readonly string[] | undefined;
  /** The date the money moved: required, the application fills in today when none is given. */
  valueDate: string;
}

export interface OpeningDetails {
  owner: string;
  name?: string | undefined;
  type?: AccountKind | undefined;
  currency: string;
  openingBalance: Money;
  openingDate: string;
}

export interface AccountSnapshotState {
  owner: string;
  name: string;
  type: AccountKind;
  currency: string;
  balance: number;
  status: 'open' | 'closed';
  openingDate: string;
  /** Minor units; it moves with the opening date. */
  openingBalance: number;
  /** The earliest value date of any entry after the opening (null: none yet). */
  earliestEntry: string | null;
  corrected: string[];
}

export const ACCOUNT_SNAPSHOT_SCHEMA = 3;

type AccountEvent = DomainEventOf<'Account'>;

export class Account extends Aggregate<AccountEvent> {
  private exists = false;
  owner = '';
  name = '';
  type: AccountKind = 'other';
  currency = '';
  /** Minor units. */
  balance = 0;
  status: 'open' | 'closed' = 'open';
  openingDate = '';
  /** Minor units, dated on the opening date. */
  openingBalance = 0;
  earliestEntry: string | null = null;
  /** Ids of movements already corrected: a movement can be corrected once. */
  private readonly corrected = new Set<string>();

  static open(id: string, o: OpeningDetails): Account {
    const a = new Account(id);
    if (o.openingBalance.currency !== o.currency) {
      throw domainError(
        'currency_mismatch',
        `Opening balance is in ${o.openingBalance.currency}, the account in ${o.currency}`,
      );
    }
    if (o.openingBalance.minor < 0)
      throw domainError('negative_amount', 'The opening balance cannot be negative');
    const owner = o.owner.trim();
    a.raise({
      type: 'AccountCreated',
      data: {
        owner,
        name: o.name?.trim() || owner,
        type: o.type ?? 'other',
        currency: o.currency,
        openingBalance: o.openingBalance,
        openingDate: o.openingDate,
      },
    });
    return a;
  }

  get isNew(): boolean {
    return !this.exists;
  }

  get balanceMoney(): Money {
    return { minor: this.balance, currency: this.currency };
  }

  deposit(amount: Money, details: MovementDetails): void {
    this.checkMovement(amount, details.valueDate);
    this.checkCapacity(amount);
    this.raise({ type: 'MoneyDeposited', data: { amount, ...clean(details) } });
  }

  withdraw(amount: Money, details: MovementDetails): void {
    this.checkMovement(amount, details.valueDate);
    this.checkFunds(amount, 'withdrawal');
    this.raise({ type: 'MoneyWithdrawn', data: { amount, ...clean(details) } });
  }

  transferOut(transferId: string, to: Account, amount: Money, details: MovementDetails): void {
    if (to.id === this.id) throw domainError('same_account', 'Cannot transfer from an account to itself');
    if (to.currency !== this.currency) {
      throw domainError(
        'currency_mismatch',
        `Cannot transfer between ${this.currency} and ${to.currency} accounts`,
      );
    }
    this.checkMovement(amount, details.valueDate);
    to.checkMovement(amount, details.valueDate);
    this.checkFunds(amount, 'transfer');
    to.checkCapacity(amount);
    this.raise({ type: 'TransferSent', data: { amount, transferId, toAccountId: to.id, ...clean(details) } });
    to.raise({
      type: 'TransferReceived',
      data: { amount, transferId, fromAccountId: this.id, ...clean(details) },
    });
  }

  /**
   * Sets the category, payee and tags of an earlier movement of this account; `current` is what
   * it has now (the application folds it from the stream), kept in the event as `previous`.
   */
  categorize(original: StoredEvent, current: MovementMeta, next: MovementMeta, ruleId?: string): void {
    this.requireExists();
    if (original.aggregateId !== this.id)
      throw domainError('wrong_account', 'That movement belongs to another account');
    if (!MOVEMENT_TYPES.has(original.eventType))
      throw domainError('not_a_movement', 'Only deposits, withdrawals and transfers have a category');
    const previous = metaOf(current);
    const wanted = metaOf(next);
    if (sameMeta(previous, wanted))
      throw domainError('unchanged', 'The movement already has that category, payee and tags');
    this.raise({
      type: 'MovementCategorized',
      data: { movementEventId: original.eventId, ...wanted, previous, ...(ruleId ? { ruleId } : {}) },
    });
  }

  /** Renames the account (its owner is changed apart, with changeOwner). */
  rename(name: string): void {
    this.requireExists();
    const next = name.trim();
    if (next === this.name) throw domainError('unchanged', `The account is already named "${next}"`);
    this.raise({ type: 'AccountRenamed', data: { name: next, previousName: this.name } });
  }

  changeOwner(owner: string): void {
    this.requireExists();
    const next = owner.trim();
    if (next === this.owner) throw domainError('unchanged', `The owner is already "${next}"`);
    this.raise({ type: 'AccountOwnerChanged', data: { owner: next, previousOwner: this.owner } });
  }

  /** Moves the opening date; no entry may then lie before it. */
  setOpeningDate(date: string): void {
    this.requireOpen();
    if (date === this.openingDate) throw domainError('unchanged', `The account already opens on ${date}`);
    if (this.earliestEntry !== null && date > this.earliestEntry) {
      throw domainError(
        'entries_before_opening',
        `The account has entries from ${this.earliestEntry}; it cannot open later than that`,
        { earliestEntry: this.earliestEntry },
      );
    }
    this.raise({
      type: 'AccountOpeningDateSet',
      data: {
        openingDate: date,
        previousOpeningDate: this.openingDate,
        openingBalance: { minor: this.openingBalance, currency: this.currency },
      },
    });
  }

  /** Reverses a deposit or withdrawal of this account, on the original's value date. */
  correct(original: StoredEvent, reason: string): void {
    this.requireOpen();
    if (original.aggregateId !== this.id)
      throw domainError('wrong_account', 'That movement belongs to another account');
    if (original.eventType !== 'MoneyDeposited' && original.eventType !== 'MoneyWithdrawn') {
      throw domainError(
        'not_correctable',
        original.eventType === 'TransferSent' || original.eventType === 'TransferReceived'
          ? 'A transfer is corrected by transferring the money back'
          : 'Only deposits and withdrawals can be corrected',
      );
    }
    if (this.corrected.has(original.eventId)) {
      throw domainError('already_corrected', 'This movement has already been corrected');
    }
    const amount = original.data.amount;
    const direction = original.eventType === 'MoneyDeposited' ? 'out' : 'in';
    if (direction === 'out') this.checkFunds(amount, 'correction');
    else this.checkCapacity(amount);
    this.raise({
      type: 'MovementCorrected',
      data: {
        correctedEventId: original.eventId,
        reason: reason.trim(),
        amount,
        direction,
        valueDate: original.data.valueDate,
      },
    });
  }

  /**
   * Records that the bank's balance on `date` matches the books. `booksOnDate` is the account's
   * balance by value date on that date (the application folds it from the stream).
   */
  reconcile(date: string, balance: Money, booksOnDate: Money): void {
    this.requireOpen();
    if (balance.currency !== this.currency)
      throw domainError(
        'currency_mismatch',
        `The balance is in ${balance.currency}, the account in ${this.currency}`,
      );
    if (date < this.openingDate)
      throw domainError('before_opening', `The account opened on ${this.openingDate}, after ${date}`);
    if (balance.minor !== booksOnDate.minor) {
      const difference = { minor: balance.minor - booksOnDate.minor, currency: this.currency };
      throw domainError(
        'not_reconciled',
        `The books hold ${show(booksOnDate)} on ${date}, the statement ${show(balance)}: difference ${show(difference)}`,
        { books: booksOnDate, balance, difference },
      );
    }
    this.raise({ type: 'AccountReconciled', data: { date, balance } });
  }

  close(): void {
    this.requireOpen();
    if (this.balance !== 0) {
      throw domainError(
        'balance_not_zero',
        `Only an account with a zero balance can be closed; the balance is ${show(this.balanceMoney)}`,
        { balance: this.balanceMoney },
      );
    }
    this.raise({ type: 'AccountClosed', data: {} });
  }

  snapshotState(): AccountSnapshotState {
    return {
      owner: this.owner,
      name: this.name,
      type: this.type,
      currency: this.currency,
      balance: this.balance,
      status: this.status,
      openingDate: this.openingDate,
      openingBalance: this.openingBalance,
      earliestEntry: this.earliestEntry,
      corrected: [...this.corrected],
    };
  }

  static fromSnapshot(id: string, version: number, s: AccountSnapshotState): Account {
    const a = new Account(id);
    a.exists = true;
    a.owner = s.owner;
    a.name = s.name;
    a.type = s.type;
    a.currency = s.currency;
    a.balance = s.balance;
    a.status = s.status;
    a.openingDate = s.openingDate;
    a.openingBalance = s.openingBalance;
    a.earliestEntry = s.earliestEntry;
    for (const c of s.corrected) a.corrected.add(c);
    a.restoreVersion(version);
    return a;
  }

  protected apply(e: AccountEvent): void {
    switch (e.type) {
      case 'AccountCreated':
        this.exists = true;
        this.owner = e.data.owner;
        this.name = e.data.name;
        this.type = e.data.type;
        this.currency = e.data.currency;
        this.balance = e.data.openingBalance.minor;
        this.openingBalance = e.data.openingBalance.minor;
        this.openingDate = e.data.openingDate;
        break;
      case 'MoneyDeposited':
      case 'TransferReceived':
        this.balance += e.data.amount.minor;
        this.noteEntry(e.data.valueDate);
        break;
      case 'MoneyWithdrawn':
      case 'TransferSent':
        this.balance -= e.data.amount.minor;
        this.noteEntry(e.data.valueDate);
        break;
      case 'MovementCorrected':
        this.balance += e.data.direction === 'in' ? e.data.amount.minor : -e.data.amount.minor;
        this.corrected.add(e.data.correctedEventId);
        break;
      case 'AccountRenamed':
        this.name = e.data.name;
        if (e.data.owner !== undefined) this.owner = e.data.owner;
        break;
      case 'AccountOwnerChanged':
        this.owner = e.data.owner;
        break;
      case 'AccountOpeningDateSet':
        this.openingDate = e.data.openingDate;
        break;
      case 'AccountReconciled':
        // Moves no money and constrains nothing later: the read side shows it.
        break;
      case 'MovementCategorized':
        // Metadata only: the read side shows it; the decider folds the current values.
        break;
      case 'AccountClosed':
        this.status = 'closed';
        break;
    }
  }

  private noteEntry(valueDate: string): void {
    if (this.earliestEntry === null || valueDate < this.earliestEntry) this.earliestEntry = valueDate;
  }

  private requireExists(): void {
    if (!this.exists) throw domainError('unknown_account', `Account ${this.id} does not exist`);
  }

  private requireOpen(): void {
    this.requireExists();
    if (this.status === 'closed')
      throw domainError('account_closed', `The account "${this.name}" of ${this.owner} is closed`);
  }

  private checkMovement(amount: Money, valueDate: string): void {
    this.requireOpen();
    if (amount.currency !== this.currency) {
      throw domainError(
        'currency_mismatch',
        `The amount is in ${amount.currency}, the account in ${this.currency}`,
      );
    }
    if (!Number.isSafeInteger(amount.minor) || amount.minor <= 0) {
      throw domainError('non_positive_amount', 'The amount must be greater than zero');
    }
    if (valueDate < this.openingDate) {
      throw domainError(
        'before_opening',
        `The account "${this.name}" opened on ${this.openingDate}; an entry cannot be dated ${valueDate}` +
          ' (move its opening date first)',
        { openingDate: this.openingDate, valueDate },
      );
    }
  }

  private checkFunds(amount: Money, what: string): void {
    if (this.type === 'credit-card') return this.checkCapacity({ ...amount, minor: -amount.minor });
    if (amount.minor > this.balance) {
      throw domainError(
        'insufficient_funds',
        `Insufficient funds: balance ${show(this.balanceMoney)}, ${what} ${show(amount)}`,
        { balance: this.balanceMoney, amount, operation: what },
      );
    }
  }

  private checkCapacity(amount: Money): void {
    if (!Number.isSafeInteger(this.balance + amount.minor)) {
      throw domainError(
        'amount_too_large',
        'The balance would exceed the largest amount this ledger can hold',
      );
    }
  }
}

function clean(d: MovementDetails): MovementDetails & MovementMeta {
  const desc = d.description?.trim();
  return {
    ...(desc ? { description: desc } : {}),
    valueDate: d.valueDate,
    ...metaOf(d),
  };
}

/** The event types that carry a category, payee and tags. */
export const MOVEMENT_TYPES: ReadonlySet<string> = new Set([
  'MoneyDeposited',
  'MoneyWithdrawn',
  'TransferSent',
  'TransferReceived',
]);

/** Only the fields that are set: tags trimmed, without repeats, none means no `tags` field. */
export function metaOf(d: {
  categoryId?: string | undefined;
  payee?: string | undefined;
  tags?: readonly string[] | undefined;
}): MovementMeta {
  const payee = d.payee?.trim();
  const tags = [...new Set((d.tags ?? []).map((t) => t.trim()).filter((t) => t.length > 0))];
  return {
    ...(d.categoryId ? { categoryId: d.categoryId } : {}),
    ...(payee ? { payee } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

const sameMeta = (a: MovementMeta, b: MovementMeta) =>
  a.categoryId === b.categoryId &&
  a.payee === b.payee &&
  (a.tags ?? []).join('\u0000') === (b.tags ?? []).join('\u0000');

export type AccountEventData = EventData<'AccountCreated'>;
