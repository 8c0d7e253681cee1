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

export class RuleReplay {
  private readonly accounts = new Map<string, Account>();
  private readonly categories = new Categories();

  /** Why the rules would not have produced `e` after the events before it; null when they would. */
  check(e: StoredEvent): string | null {
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
