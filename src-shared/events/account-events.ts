// The Account aggregate's event types, one definition each (see define.ts).
import { z } from 'zod';
import { CurrencyCode, Money } from '../money';
import { defineEvent } from './define';
import { Description, Id, OwnerName, Reason, ValueDate } from './fields';
import { legacyCurrency, legacyFloatToMoney, legacyMovement } from './legacy';

const movement = {
  amount: Money,
  description: Description.optional(),
  valueDate: ValueDate.optional(),
};

type Movement = { amount: Money; description?: string | undefined; valueDate?: string | undefined };
const moneyIn = (d: Movement) => d.amount.minor;
const moneyOut = (d: Movement) => -d.amount.minor;
const movementAmount = (d: Movement) => d.amount;
const noMoney = () => 0;
const noAmount = () => null;

export const AccountCreated = defineEvent({
  type: 'AccountCreated',
  aggregate: 'Account',
  schemaVersion: 2,
  data: z.object({ owner: OwnerName, currency: CurrencyCode, openingBalance: Money }),
  upcasters: {
    1: (d) => {
      const currency = legacyCurrency(d);
      return {
        owner: d.owner_name,
        currency,
        openingBalance: legacyFloatToMoney(d.initial_balance ?? 0, currency),
      };
    },
  },
  label: 'Account opened',
  balanceEffect: (d) => d.openingBalance.minor,
  amount: (d) => d.openingBalance,
  timeline: () => ({}),
  correctable: false,
});

export const MoneyDeposited = defineEvent({
  type: 'MoneyDeposited',
  aggregate: 'Account',
  schemaVersion: 2,
  data: z.object(movement),
  upcasters: { 1: legacyMovement },
  label: 'Deposit',
  balanceEffect: moneyIn,
  amount: movementAmount,
  timeline: (d) => ({ description: d.description, valueDate: d.valueDate }),
  correctable: true,
});

export const MoneyWithdrawn = defineEvent({
  type: 'MoneyWithdrawn',
  aggregate: 'Account',
  schemaVersion: 2,
  data: z.object(movement),
  upcasters: { 1: legacyMovement },
  label: 'Withdrawal',
  balanceEffect: moneyOut,
  amount: movementAmount,
  timeline: (d) => ({ description: d.description, valueDate: d.valueDate }),
  correctable: true,
});

export const TransferSent = defineEvent({
  type: 'TransferSent',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ ...movement, transferId: Id, toAccountId: Id }),
  label: 'Transfer out',
  balanceEffect: moneyOut,
  amount: movementAmount,
  timeline: (d) => ({
    description: d.description,
    valueDate: d.valueDate,
    transferId: d.transferId,
    counterpartyId: d.toAccountId,
  }),
  correctable: false,
});

export const TransferReceived = defineEvent({
  type: 'TransferReceived',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ ...movement, transferId: Id, fromAccountId: Id }),
  label: 'Transfer in',
  balanceEffect: moneyIn,
  amount: movementAmount,
  timeline: (d) => ({
    description: d.description,
    valueDate: d.valueDate,
    transferId: d.transferId,
    counterpartyId: d.fromAccountId,
  }),
  correctable: false,
});

export const AccountRenamed = defineEvent({
  type: 'AccountRenamed',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ owner: OwnerName, previousOwner: OwnerName }),
  label: 'Renamed',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: () => ({}),
  correctable: false,
});

/** Reverses an earlier movement; the original stays in the log. */
export const MovementCorrected = defineEvent({
  type: 'MovementCorrected',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({
    correctedEventId: Id,
    reason: Reason,
    amount: Money,
    direction: z.enum(['in', 'out']),
  }),
  label: 'Correction',
  balanceEffect: (d) => (d.direction === 'in' ? d.amount.minor : -d.amount.minor),
  amount: (d) => d.amount,
  timeline: (d) => ({ description: d.reason, correctsEventId: d.correctedEventId }),
  correctable: false,
});

export const AccountClosed = defineEvent({
  type: 'AccountClosed',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({}),
  label: 'Account closed',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: () => ({}),
  correctable: false,
});

export const accountEvents = {
  AccountCreated,
  MoneyDeposited,
  MoneyWithdrawn,
  TransferSent,
  TransferReceived,
  AccountRenamed,
  MovementCorrected,
  AccountClosed,
} as const;
