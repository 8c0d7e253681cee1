// Given/when/then specifications of the Account aggregate: given these past events, when this
// command, then these new events, or this refusal. Pure: no store, no I/O.
import { describe, expect, it } from 'vitest';
import type { DomainEvent, StoredEvent } from '../../src-shared/events';
import { LedgerError } from '../../src-shared/errors';
import type { Money } from '../../src-shared/money';
import { Account } from '../../src-main/domain/account';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const T = '00000000-0000-4000-8000-0000000000ff';
const eur = (minor: number): Money => ({ minor, currency: 'EUR' });
const OPENED = '2026-01-01';
const DAY = '2026-03-15';
const created = (minor = 0, owner = 'Ann', extra: { type?: 'credit-card' } = {}): DomainEvent => ({
  type: 'AccountCreated',
  data: {
    owner,
    name: owner,
    type: extra.type ?? 'other',
    currency: 'EUR',
    openingBalance: eur(minor),
    openingDate: OPENED,
  },
});
const deposited = (minor: number, valueDate = DAY): DomainEvent => ({
  type: 'MoneyDeposited',
  data: { amount: eur(minor), valueDate },
});
const withdrawn = (minor: number, valueDate = DAY): DomainEvent => ({
  type: 'MoneyWithdrawn',
  data: { amount: eur(minor), valueDate },
});
const on = (valueDate = DAY) => ({ valueDate });
const opening = (minor: number, owner = 'Ann') => ({
  owner,
  currency: 'EUR',
  openingBalance: eur(minor),
  openingDate: OPENED,
});
const closed: DomainEvent = { type: 'AccountClosed', data: {} };

function given(id: string, ...events: DomainEvent[]): Account {
  return new Account(id).loadFromHistory(
    events.map((e, i) => ({ eventType: e.type, data: e.data, version: i + 1 })),
  );
}

function refusal(fn: () => void): { code: string; reason: string | undefined; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof LedgerError) return { code: e.code, reason: e.reason, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

const stored = (eventId: string, e: DomainEvent, aggregateId = A): StoredEvent =>
  ({ eventId, aggregateId, eventType: e.type, data: e.data }) as StoredEvent;

describe('Account.open', () => {
  it('raises AccountCreated with the opening balance', () => {
    const a = Account.open(A, opening(1050, '  Zoë  '));
    expect(a.changes).toEqual([created(1050, 'Zoë')]);
    expect(a.balance).toBe(1050);
  });
  it('refuses a negative opening balance', () => {
    expect(refusal(() => Account.open(A, opening(-1))).reason).toBe('negative_amount');
  });
  it('refuses an opening balance in another currency', () => {
    expect(
      refusal(() => Account.open(A, { ...opening(0), openingBalance: { minor: 1, currency: 'USD' } })).reason,
    ).toBe('currency_mismatch');
  });
});

describe('deposit and withdraw', () => {
  it('given an opened account, when depositing, then MoneyDeposited', () => {
    const a = given(A, created(0));
    a.deposit(eur(10000), { description: ' salary ', valueDate: '2026-11-01' });
    expect(a.changes).toEqual([
      {
        type: 'MoneyDeposited',
        data: { amount: eur(10000), description: 'salary', valueDate: '2026-11-01' },
      },
    ]);
    expect(a.version).toBe(1);
  });
  it('given 100.00, when withdrawing 30.00, then MoneyWithdrawn and 70.00 left', () => {
    const a = given(A, created(0), deposited(10000));
    a.withdraw(eur(3000), on());
    expect(a.changes).toEqual([withdrawn(3000)]);
    expect(a.balance).toBe(7000);
  });
  it('refuses an overdraft with a message a user understands', () => {
    const a = given(A, created(1200));
    expect(refusal(() => a.withdraw(eur(3000), on()))).toEqual({
      code: 'domain',
      reason: 'insufficient_funds',
      message: 'Insufficient funds: balance 12.00 EUR, withdrawal 30.00 EUR',
    });
    expect(a.changes).toEqual([]);
  });
  it('allows withdrawing the whole balance', () => {
    const a = given(A, created(1200));
    a.withdraw(eur(1200), on());
    expect(a.balance).toBe(0);
  });
  it.each([0, -1, 1.5])('refuses a non-positive or fractional amount (%s minor)', (minor) => {
    const a = given(A, created(5000));
    expect(refusal(() => a.deposit(eur(minor), on())).reason).toBe('non_positive_amount');
    expect(refusal(() => a.withdraw(eur(minor), on())).reason).toBe('non_positive_amount');
  });
  it('refuses another currency', () => {
    const a = given(A, created(5000));
    expect(refusal(() => a.deposit({ minor: 1, currency: 'USD' }, on())).reason).toBe('currency_mismatch');
  });
  it('refuses a balance beyond the safe integer range', () => {
    const a = given(A, created(Number.MAX_SAFE_INTEGER - 1));
    expect(refusal(() => a.deposit(eur(2), on())).reason).toBe('amount_too_large');
  });
  it('refuses movements on an account that does not exist', () => {
    expect(refusal(() => new Account(A).deposit(eur(1), on())).reason).toBe('unknown_account');
  });
  it('refuses every movement on a closed account', () => {
    const a = given(A, created(0), closed);
    expect(refusal(() => a.deposit(eur(1), on())).reason).toBe('account_closed');
    expect(refusal(() => a.withdraw(eur(1), on())).reason).toBe('account_closed');
    expect(refusal(() => a.transferOut(T, given(B, created(0)), eur(1), on())).reason).toBe('account_closed');
    expect(refusal(() => given(B, created(100)).transferOut(T, a, eur(1), on())).reason).toBe(
      'account_closed',
    );
  });
});

describe('transfer', () => {
  it('raises one event on each account sharing the transfer id', () => {
    const from = given(A, created(5000));
    const to = given(B, created(0, 'Bob'));
    from.transferOut(T, to, eur(2000), { description: 'rent', valueDate: DAY });
    expect(from.changes).toEqual([
      {
        type: 'TransferSent',
        data: { amount: eur(2000), transferId: T, toAccountId: B, description: 'rent', valueDate: DAY },
      },
    ]);
    expect(to.changes).toEqual([
      {
        type: 'TransferReceived',
        data: { amount: eur(2000), transferId: T, fromAccountId: A, description: 'rent', valueDate: DAY },
      },
    ]);
    expect(from.balance + to.balance).toBe(5000);
  });
  it('refuses the same account, other currencies and overdrafts, raising nothing', () => {
    const from = given(A, created(5000));
    expect(refusal(() => from.transferOut(T, from, eur(1), on())).reason).toBe('same_account');
    const usd = Account.open(B, {
      ...opening(0),
      currency: 'USD',
      openingBalance: { minor: 0, currency: 'USD' },
    });
    expect(refusal(() => from.transferOut(T, usd, eur(1), on())).reason).toBe('currency_mismatch');
    const to = given(B, created(0));
    expect(refusal(() => from.transferOut(T, to, eur(5001), on())).reason).toBe('insufficient_funds');
    expect(from.changes).toEqual([]);
    expect(to.changes).toEqual([]);
  });
});

describe('rename and change owner', () => {
  it('raises AccountRenamed with the previous name; the owner stays', () => {
    const a = given(A, created(0, 'Ann'));
    a.rename(' Household ');
    expect(a.changes).toEqual([{ type: 'AccountRenamed', data: { name: 'Household', previousName: 'Ann' } }]);
    expect([a.name, a.owner]).toEqual(['Household', 'Ann']);
  });
  it('raises AccountOwnerChanged apart; the name stays', () => {
    const a = given(A, created(0, 'Ann'));
    a.changeOwner('Ann Smith');
    expect(a.changes).toEqual([
      { type: 'AccountOwnerChanged', data: { owner: 'Ann Smith', previousOwner: 'Ann' } },
    ]);
    expect([a.name, a.owner]).toEqual(['Ann', 'Ann Smith']);
  });
  it('refuses the same name or owner', () => {
    expect(refusal(() => given(A, created(0, 'Ann')).rename('Ann')).reason).toBe('unchanged');
    expect(refusal(() => given(A, created(0, 'Ann')).changeOwner('Ann')).reason).toBe('unchanged');
  });
  it('reads a version-1 rename (the owner was the only name) as renaming both', () => {
    const a = given(A, created(0, 'Ann'), {
      type: 'AccountRenamed',
      data: { name: 'Ann S', previousName: 'Ann', owner: 'Ann S', previousOwner: 'Ann' },
    });
    expect([a.name, a.owner]).toEqual(['Ann S', 'Ann S']);
  });
});

describe('correct', () => {
  const D1 = '00000000-0000-4000-8000-0000000000d1';
  it('reverses a deposit with a compensating event; the original stays', () => {
    const a = given(A, created(0), deposited(500, '2026-02-02'));
    a.correct(stored(D1, deposited(500, '2026-02-02')), 'typo');
    expect(a.changes).toEqual([
      {
        type: 'MovementCorrected',
        data: {
          correctedEventId: D1,
          reason: 'typo',
          amount: eur(500),
          direction: 'out',
          valueDate: '2026-02-02',
        },
      },
    ]);
    expect(a.balance).toBe(0);
  });
  it('reverses a withdrawal by putting the money back', () => {
    const a = given(A, created(1000), withdrawn(300));
    a.correct(stored(D1, withdrawn(300)), 'bank error');
    expect(a.balance).toBe(1000);
  });
  it('corrects a movement only once', () => {
    const a = given(A, created(0), deposited(500), {
      type: 'MovementCorrected',
      data: { correctedEventId: D1, reason: 'x', amount: eur(500), direction: 'out', valueDate: DAY },
    });
    a.deposit(eur(500), on());
    expect(refusal(() => a.correct(stored(D1, deposited(500)), 'again')).reason).toBe('already_corrected');
  });
  it('refuses a correction that would overdraw', () => {
    const a = given(A, created(0), deposited(500), withdrawn(400));
    expect(refusal(() => a.correct(stored(D1, deposited(500)), 'x')).reason).toBe('insufficient_funds');
  });
  it('refuses transfers, other accounts and non-movements', () => {
    const a = given(A, created(1000));
    expect(
      refusal(() =>
        a.correct(
          stored(D1, {
            type: 'TransferSent',
            data: { amount: eur(1), transferId: T, toAccountId: B, valueDate: DAY },
          }),
          'x',
        ),
      ).reason,
    ).toBe('not_correctable');
    expect(refusal(() => a.correct(stored(D1, created(0)), 'x')).reason).toBe('not_correctable');
    expect(refusal(() => a.correct(stored(D1, deposited(1), B), 'x')).reason).toBe('wrong_account');
  });
});

describe('close', () => {
  it('closes an account with a zero balance', () => {
    const a = given(A, created(0));
    a.close();
    expect(a.changes).toEqual([closed]);
    expect(a.status).toBe('closed');
  });
  it('refuses a non-zero balance and a second close', () => {
    expect(refusal(() => given(A, created(1)).close()).message).toBe(
      'Only an account with a zero balance can be closed; the balance is 0.01 EUR',
    );
    expect(refusal(() => given(A, created(0), closed).close()).reason).toBe('account_closed');
  });
});

describe('snapshots', () => {
  it('restores the same state as the full history', () => {
    const history = [created(100), deposited(50, '2026-02-01'), withdrawn(20)];
    const full = given(A, ...history);
    const restored = Account.fromSnapshot(A, full.version, full.snapshotState());
    expect(restored.snapshotState()).toEqual(full.snapshotState());
    expect(restored.version).toBe(3);
  });
});

describe('value dates', () => {
  it('records the value date it is given, which may lie in the past', () => {
    const a = given(A, created(0));
    a.deposit(eur(100), { valueDate: '2026-01-05' });
    expect(a.changes).toEqual([deposited(100, '2026-01-05')]);
  });
  it('refuses an entry dated before the opening date, naming both dates', () => {
    const a = given(A, created(1000));
    const r = refusal(() => a.withdraw(eur(1), { valueDate: '2025-12-31' }));
    expect(r).toMatchObject({ code: 'domain', reason: 'before_opening' });
    expect(r.message).toContain('opened on 2026-01-01');
    expect(r.message).toContain('2025-12-31');
    const b = given(B, created(0));
    expect(refusal(() => a.transferOut(T, b, eur(1), { valueDate: '2025-06-01' })).reason).toBe(
      'before_opening',
    );
  });
  it('reconciles when the statement balance equals the books on that date, else names the difference', () => {
    const a = given(A, created(1000), deposited(500, '2026-02-01'));
    a.reconcile('2026-02-01', eur(1500), eur(1500));
    expect(a.changes).toEqual([
      { type: 'AccountReconciled', data: { date: '2026-02-01', balance: eur(1500) } },
    ]);
    const r = refusal(() => a.reconcile('2026-02-01', eur(1499), eur(1500)));
    expect(r.reason).toBe('not_reconciled');
    expect(r.message).toContain('difference -0.01 EUR');
    expect(refusal(() => a.reconcile('2025-12-31', eur(0), eur(0))).reason).toBe('before_opening');
  });
  it('moves the opening date earlier with its own event, then takes older entries', () => {
    const a = given(A, created(0), deposited(100, '2026-02-01'));
    a.setOpeningDate('2025-01-01');
    expect(a.changes).toEqual([
      {
        type: 'AccountOpeningDateSet',
        data: { openingDate: '2025-01-01', previousOpeningDate: OPENED, openingBalance: eur(0) },
      },
    ]);
    a.deposit(eur(5), { valueDate: '2025-03-01' });
    expect(a.balance).toBe(105);
  });
  it('refuses an opening date after an existing entry, or the same date', () => {
    const a = given(A, created(0), deposited(100, '2026-02-01'));
    expect(refusal(() => a.setOpeningDate('2026-02-02')).reason).toBe('entries_before_opening');
    expect(refusal(() => a.setOpeningDate(OPENED)).reason).toBe('unchanged');
    a.setOpeningDate('2026-02-01');
    expect(a.openingDate).toBe('2026-02-01');
  });
  it('overdraft rule: a backdated withdrawal is allowed when the account holds the money today', () => {
    // 100 on 1 March, then a withdrawal of 80 dated 1 February: the running balance by date dips
    // to -80 in February, but the account holds 20 after it, so the rule accepts it.
    const a = given(A, created(0), deposited(10000, '2026-03-01'));
    a.withdraw(eur(8000), { valueDate: '2026-02-01' });
    expect(a.balance).toBe(2000);
    expect(refusal(() => a.withdraw(eur(2001), { valueDate: '2026-01-15' })).reason).toBe(
      'insufficient_funds',
    );
  });
  it('a credit-card account may go below zero (what is owed)', () => {
    const card = given(A, created(0, 'Ann', { type: 'credit-card' }));
    card.withdraw(eur(5000), on());
    expect(card.balance).toBe(-5000);
    const b = given(B, created(0));
    card.transferOut(T, b, eur(100), on());
    expect(card.balance).toBe(-5100);
  });
});
