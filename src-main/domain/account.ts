// The Account aggregate: the seed's Account, with integer money, validated amounts and the
// bookkeeping commands (transfers, corrections, rename, close).
import type { DomainEvent, EventData, StoredEvent } from '../../src-shared/events';
import type { Money } from '../../src-shared/money';
import { Aggregate } from './aggregate';
import { domainError, show } from './domain-error';

export interface MovementDetails {
  description?: string;
  valueDate?: string;
}

export interface AccountSnapshotState {
  owner: string;
  currency: string;
  balance: number;
  status: 'open' | 'closed';
  corrected: string[];
}

export const ACCOUNT_SNAPSHOT_SCHEMA = 1;

export class Account extends Aggregate {
  private exists = false;
  owner = '';
  currency = '';
  /** Minor units. */
  balance = 0;
  status: 'open' | 'closed' = 'open';
  /** Ids of movements already corrected: a movement can be corrected once. */
  private readonly corrected = new Set<string>();

  static open(id: string, owner: string, currency: string, openingBalance: Money): Account {
    const a = new Account(id);
    if (openingBalance.currency !== currency) {
      throw domainError(
        'currency_mismatch',
        `Opening balance is in ${openingBalance.currency}, the account in ${currency}`,
      );
    }
    if (openingBalance.minor < 0)
      throw domainError('negative_amount', 'The opening balance cannot be negative');
    a.raise({ type: 'AccountCreated', data: { owner: owner.trim(), currency, openingBalance } });
    return a;
  }

  get isNew(): boolean {
    return !this.exists;
  }

  get balanceMoney(): Money {
    return { minor: this.balance, currency: this.currency };
  }

  deposit(amount: Money, details: MovementDetails = {}): void {
    this.checkMovement(amount);
    this.checkCapacity(amount);
    this.raise({ type: 'MoneyDeposited', data: { amount, ...clean(details) } });
  }

  withdraw(amount: Money, details: MovementDetails = {}): void {
    this.checkMovement(amount);
    this.checkFunds(amount, 'withdrawal');
    this.raise({ type: 'MoneyWithdrawn', data: { amount, ...clean(details) } });
  }

  transferOut(transferId: string, to: Account, amount: Money, details: MovementDetails = {}): void {
    if (to.id === this.id) throw domainError('same_account', 'Cannot transfer from an account to itself');
    if (to.currency !== this.currency) {
      throw domainError(
        'currency_mismatch',
        `Cannot transfer between ${this.currency} and ${to.currency} accounts`,
      );
    }
    this.checkMovement(amount);
    to.checkMovement(amount);
    this.checkFunds(amount, 'transfer');
    to.checkCapacity(amount);
    this.raise({ type: 'TransferSent', data: { amount, transferId, toAccountId: to.id, ...clean(details) } });
    to.raise({
      type: 'TransferReceived',
      data: { amount, transferId, fromAccountId: this.id, ...clean(details) },
    });
  }

  rename(owner: string): void {
    this.requireExists();
    const name = owner.trim();
    if (name === this.owner) throw domainError('unchanged', `The account is already named "${name}"`);
    this.raise({ type: 'AccountRenamed', data: { owner: name, previousOwner: this.owner } });
  }

  /** Reverses a deposit or withdrawal of this account with a compensating event. */
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
      data: { correctedEventId: original.eventId, reason: reason.trim(), amount, direction },
    });
  }

  close(): void {
    this.requireOpen();
    if (this.balance !== 0) {
      throw domainError(
        'balance_not_zero',
        `Only an account with a zero balance can be closed; the balance is ${show(this.balanceMoney)}`,
      );
    }
    this.raise({ type: 'AccountClosed', data: {} });
  }

  snapshotState(): AccountSnapshotState {
    return {
      owner: this.owner,
      currency: this.currency,
      balance: this.balance,
      status: this.status,
      corrected: [...this.corrected],
    };
  }

  static fromSnapshot(id: string, version: number, s: AccountSnapshotState): Account {
    const a = new Account(id);
    a.exists = true;
    a.owner = s.owner;
    a.currency = s.currency;
    a.balance = s.balance;
    a.status = s.status;
    for (const c of s.corrected) a.corrected.add(c);
    a.restoreVersion(version);
    return a;
  }

  protected apply(e: DomainEvent): void {
    switch (e.type) {
      case 'AccountCreated':
        this.exists = true;
        this.owner = e.data.owner;
        this.currency = e.data.currency;
        this.balance = e.data.openingBalance.minor;
        break;
      case 'MoneyDeposited':
      case 'TransferReceived':
        this.balance += e.data.amount.minor;
        break;
      case 'MoneyWithdrawn':
      case 'TransferSent':
        this.balance -= e.data.amount.minor;
        break;
      case 'MovementCorrected':
        this.balance += e.data.direction === 'in' ? e.data.amount.minor : -e.data.amount.minor;
        this.corrected.add(e.data.correctedEventId);
        break;
      case 'AccountRenamed':
        this.owner = e.data.owner;
        break;
      case 'AccountClosed':
        this.status = 'closed';
        break;
    }
  }

  private requireExists(): void {
    if (!this.exists) throw domainError('unknown_account', `Account ${this.id} does not exist`);
  }

  private requireOpen(): void {
    this.requireExists();
    if (this.status === 'closed')
      throw domainError('account_closed', `The account of ${this.owner} is closed`);
  }

  private checkMovement(amount: Money): void {
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
  }

  private checkFunds(amount: Money, what: string): void {
    if (amount.minor > this.balance) {
      throw domainError(
        'insufficient_funds',
        `Insufficient funds: balance ${show(this.balanceMoney)}, ${what} ${show(amount)}`,
        { balance: this.balanceMoney, amount },
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

function clean(d: MovementDetails): MovementDetails {
  const out: MovementDetails = {};
  const desc = d.description?.trim();
  if (desc) out.description = desc;
  if (d.valueDate) out.valueDate = d.valueDate;
  return out;
}

export type AccountEventData = EventData<'AccountCreated'>;
