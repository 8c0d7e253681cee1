// An imported log must be one the rules could have written: every event is replayed through the
// Account aggregate's own command methods on a copy of the state before it (so the same checks
// run: currency, positive amounts, funds, open account, opening date, capacity), then folded into
// the real state. The first event the rules would have refused is named by the caller.
import type { StoredEvent } from '../../src-shared/events';
import { Account } from '../domain/account';
import { Categories } from '../domain/categories';

type Data = Record<string, unknown> & {
  amount: { minor: number; currency: string };
  description?: string;
  valueDate: string;
};

/** One side of a transfer waiting for the other (the two are written in one unit of work). */
interface TransferSide {
  type: 'TransferSent' | 'TransferReceived';
  from: string;
  to: string;
  minor: number;
  currency: string;
  position: number;
  /** The caller's name for where the event is (an import's line number; a position by default). */
  ref: number;
}

export interface UnpairedTransfer {
  position: number;
  ref: number;
  message: string;
}

export class RuleReplay {
  private readonly accounts = new Map<string, Account>();
  private readonly categories = new Categories();
  /** The invariant across streams: every TransferSent has its TransferReceived, and back. */
  private readonly openTransfers = new Map<string, TransferSide>();
  private readonly closedTransfers = new Set<string>();

  /** Why the rules would not have produced `e` after the events before it; null when they would. */
  check(e: StoredEvent, ref = e.position): string | null {
    const broken = this.checkOne(e);
    return broken ?? this.pair(e, ref);
  }

  /**
   * At the end of the log: the first transfer one side of which is missing (money that left one
   * account and arrived nowhere, or arrived from nowhere), or null.
   */
  finish(): UnpairedTransfer | null {
    for (const [id, side] of this.openTransfers) {
      const other = side.type === 'TransferSent' ? 'TransferReceived' : 'TransferSent';
      return {
        position: side.position,
        ref: side.ref,
        message: `${side.type} at position ${side.position} breaks the ledger's rules: transfer ${id} has no ${other}`,
      };
    }
    return null;
  }

  private pair(e: StoredEvent, ref: number): string | null {
    if (e.eventType !== 'TransferSent' && e.eventType !== 'TransferReceived') return null;
    const d = e.data as Data & { transferId: string; toAccountId?: string; fromAccountId?: string };
    const side: TransferSide = {
      type: e.eventType,
      from: e.eventType === 'TransferSent' ? e.aggregateId : String(d.fromAccountId),
      to: e.eventType === 'TransferSent' ? String(d.toAccountId) : e.aggregateId,
      minor: d.amount.minor,
      currency: d.amount.currency,
      position: e.position,
      ref,
    };
    const id = String(d.transferId);
    if (this.closedTransfers.has(id)) return `transfer ${id} already has both sides`;
    const other = this.openTransfers.get(id);
    if (!other) {
      this.openTransfers.set(id, side);
      return null;
    }
    if (other.type === side.type) return `a second ${side.type} for transfer ${id}`;
    if (
      other.from !== side.from ||
      other.to !== side.to ||
      other.minor !== side.minor ||
      other.currency !== side.currency
    )
      return `it does not match the other side of transfer ${id} (position ${other.position}): accounts or amount differ`;
    this.openTransfers.delete(id);
    this.closedTransfers.add(id);
    return null;
  }

  private checkOne(e: StoredEvent): string | null {
    // The category tree: folded as recorded (an event naming a category it never created fails).
    if (e.aggregateType === 'Categories') {
      try {
        this.categories.loadFromHistory([e]);
        return null;
      } catch (err) {
        if (err instanceof Error) return `the category tree cannot hold it (${err.message})`;
        throw err;
      }
    }
    try {
      this.trial(e);
    } catch (err) {
      if (err instanceof Error) return err.message;
      throw err;
    }
    const real = this.accounts.get(e.aggregateId) ?? new Account(e.aggregateId);
    real.loadFromHistory([e]);
    this.accounts.set(e.aggregateId, real);
    return null;
  }

  private copy(id: string): Account {
    const a = this.accounts.get(id);
    if (!a) throw new Error(`account ${id} was never opened`);
    return Account.fromSnapshot(id, a.version, a.snapshotState());
  }

  private trial(e: StoredEvent): void {
    const d = e.data as Data;
    const details = { valueDate: d.valueDate, ...(d.description ? { description: d.description } : {}) };
    if (e.eventType === 'AccountCreated') {
      if (this.accounts.has(e.aggregateId))
        throw new Error(`a second AccountCreated for account ${e.aggregateId}`);
      Account.open(e.aggregateId, e.data as never);
      return;
    }
    const a = this.copy(e.aggregateId);
    switch (e.eventType) {
      case 'MoneyDeposited':
      case 'TransferReceived':
        return a.deposit(d.amount, details);
      case 'MoneyWithdrawn':
        return a.withdraw(d.amount, details);
      case 'TransferSent':
        return a.transferOut(String(d.transferId), this.copy(String(d.toAccountId)), d.amount, details);
      case 'AccountRenamed':
        return a.rename(String(d.name));
      case 'AccountOwnerChanged':
        return a.changeOwner(String(d.owner));
      case 'AccountOpeningDateSet':
        return a.setOpeningDate(String(d.openingDate));
      case 'AccountClosed':
        return a.close();
      case 'AccountReconciled':
        // Open account, its currency, not before opening; the balance on that date against the
        // books would need a value-date fold here and is not replayed.
        return a.reconcile(String(d.date), d.balance as Data['amount'], d.balance as Data['amount']);
      // The tree's events are folded in check(), never here.
      case 'CategoryCreated':
      case 'CategoryRenamed':
      case 'CategoryMoved':
      case 'CategoriesMerged':
      case 'CategoryArchived':
      case 'RuleAdded':
      case 'MovementCategorized':
        return; // metadata of a movement of an open or closed account: nothing to check
      case 'MovementCorrected':
        return; // folded as recorded; its pairing with the corrected movement is not replayed here
    }
  }
}
