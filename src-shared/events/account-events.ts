// The Account aggregate's event types, one definition each (see define.ts).
import { z } from 'zod';
import { utcDateOf } from '../dates';
import { CurrencyCode, Money } from '../money';
import { defineEvent, type UpcastContext } from './define';
import {
  AccountName,
  AccountType,
  Description,
  Id,
  OwnerName,
  PayeeName,
  Reason,
  Tags,
  ValueDate,
} from './fields';
import { legacyCurrency, legacyFloatToMoney, legacyMovement } from './legacy';

/**
 * What a movement is about, all optional: its category (by id, so a renamed or merged category
 * shows under its new name everywhere, history included), its payee and its tags.
 */
const movementMeta = {
  categoryId: Id.optional(),
  payee: PayeeName.optional(),
  tags: Tags.optional(),
};
export const MovementMeta = z.object(movementMeta);
export type MovementMeta = z.output<typeof MovementMeta>;

const movement = {
  amount: Money,
  description: Description.optional(),
  valueDate: ValueDate,
  ...movementMeta,
};
/**
 * Version 4 of the movements added the optional category, payee and tags: older events read with
 * none. The version is raised (rather than only adding optional fields) so that an older app
 * refuses a newer event instead of silently dropping its category.
 */
const sameShape = (d: Record<string, unknown>) => d;

type Movement = { amount: Money; description?: string | undefined; valueDate: string };
const moneyIn = (d: Movement) => d.amount.minor;
const moneyOut = (d: Movement) => -d.amount.minor;
const movementAmount = (d: Movement) => d.amount;
const noMoney = () => 0;
const noAmount = () => null;
const noTimeline = () => ({});
/** Events written before value dates were required belong to the day they were recorded (UTC). */
const withRecordingDate = (d: Record<string, unknown>, ctx: UpcastContext) => ({
  ...d,
  valueDate: typeof d.valueDate === 'string' ? d.valueDate : utcDateOf(ctx.timestamp),
});

export const AccountCreated = defineEvent({
  type: 'AccountCreated',
  aggregate: 'Account',
  schemaVersion: 3,
  data: z.object({
    owner: OwnerName,
    name: AccountName,
    type: AccountType,
    currency: CurrencyCode,
    openingBalance: Money,
    openingDate: ValueDate,
  }),
  upcasters: {
    1: (d) => {
      const currency = legacyCurrency(d);
      return {
        owner: d.owner_name,
        currency,
        openingBalance: legacyFloatToMoney(d.initial_balance ?? 0, currency),
      };
    },
    // Accounts opened before names and types existed are named after their owner.
    2: (d, ctx) => ({ ...d, name: d.owner, type: 'other', openingDate: utcDateOf(ctx.timestamp) }),
  },
  label: 'Account opened',
  balanceEffect: (d) => d.openingBalance.minor,
  amount: (d) => d.openingBalance,
  timeline: (d) => ({
    valueDate: d.openingDate,
    owner: d.owner,
    name: d.name,
    accountType: d.type,
    openingDate: d.openingDate,
  }),
  correctable: false,
});

export const MoneyDeposited = defineEvent({
  type: 'MoneyDeposited',
  aggregate: 'Account',
  schemaVersion: 4,
  data: z.object(movement),
  upcasters: { 1: legacyMovement, 2: withRecordingDate, 3: sameShape },
  label: 'Deposit',
  balanceEffect: moneyIn,
  amount: movementAmount,
  timeline: (d) => ({ description: d.description, valueDate: d.valueDate }),
  correctable: true,
});

export const MoneyWithdrawn = defineEvent({
  type: 'MoneyWithdrawn',
  aggregate: 'Account',
  schemaVersion: 4,
  data: z.object(movement),
  upcasters: { 1: legacyMovement, 2: withRecordingDate, 3: sameShape },
  label: 'Withdrawal',
  balanceEffect: moneyOut,
  amount: movementAmount,
  timeline: (d) => ({ description: d.description, valueDate: d.valueDate }),
  correctable: true,
});

export const TransferSent = defineEvent({
  type: 'TransferSent',
  aggregate: 'Account',
  schemaVersion: 3,
  data: z.object({ ...movement, transferId: Id, toAccountId: Id }),
  upcasters: { 1: withRecordingDate, 2: sameShape },
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
  schemaVersion: 3,
  data: z.object({ ...movement, transferId: Id, fromAccountId: Id }),
  upcasters: { 1: withRecordingDate, 2: sameShape },
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

/**
 * The account's name changed. Version 1 renamed the owner, which was the account's only name then;
 * such events read as renaming both (so an old ledger shows what it always showed).
 */
export const AccountRenamed = defineEvent({
  type: 'AccountRenamed',
  aggregate: 'Account',
  schemaVersion: 2,
  data: z.object({
    name: AccountName,
    previousName: AccountName,
    owner: OwnerName.optional(),
    previousOwner: OwnerName.optional(),
  }),
  upcasters: { 1: (d) => ({ ...d, name: d.owner, previousName: d.previousOwner }) },
  label: 'Renamed',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: (d) => ({ name: d.name, owner: d.owner }),
  correctable: false,
});

export const AccountOwnerChanged = defineEvent({
  type: 'AccountOwnerChanged',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ owner: OwnerName, previousOwner: OwnerName }),
  label: 'Owner changed',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: (d) => ({ owner: d.owner }),
  correctable: false,
});

/**
 * The account's opening date moved (earlier, say, to hold older statements). The opening balance
 * moves with it: it is the balance on the opening date, so it is carried here for the readers that
 * date money (monthly totals, balances on a date) without looking back at the AccountCreated.
 */
export const AccountOpeningDateSet = defineEvent({
  type: 'AccountOpeningDateSet',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ openingDate: ValueDate, previousOpeningDate: ValueDate, openingBalance: Money }),
  label: 'Opening date changed',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: (d) => ({ openingDate: d.openingDate, valueDate: d.openingDate }),
  correctable: false,
});

/** Reverses an earlier movement on the original's value date; the original stays in the log. */
export const MovementCorrected = defineEvent({
  type: 'MovementCorrected',
  aggregate: 'Account',
  schemaVersion: 2,
  data: z.object({
    correctedEventId: Id,
    reason: Reason,
    amount: Money,
    direction: z.enum(['in', 'out']),
    valueDate: ValueDate,
  }),
  upcasters: { 1: withRecordingDate },
  label: 'Correction',
  balanceEffect: (d) => (d.direction === 'in' ? d.amount.minor : -d.amount.minor),
  amount: (d) => d.amount,
  timeline: (d) => ({ description: d.reason, correctsEventId: d.correctedEventId, valueDate: d.valueDate }),
  correctable: false,
});

/**
 * The bank statement's balance on a date matched the books: movements dated up to then are
 * cleared. Moves no money.
 */
export const AccountReconciled = defineEvent({
  type: 'AccountReconciled',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({ date: ValueDate, balance: Money }),
  label: 'Reconciled',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: (d) => ({ valueDate: d.date }),
  correctable: false,
});

/**
 * Sets the category, payee and tags of an earlier movement of this account (by its event id). The
 * earlier values are kept in the event (and the original movement stays as it was in the log).
 * `ruleId` names the rule that wrote it (its batch id is in the metadata).
 */
export const MovementCategorized = defineEvent({
  type: 'MovementCategorized',
  aggregate: 'Account',
  schemaVersion: 1,
  data: z.object({
    movementEventId: Id,
    ...movementMeta,
    previous: MovementMeta,
    ruleId: Id.optional(),
  }),
  label: 'Categorized',
  balanceEffect: noMoney,
  amount: noAmount,
  timeline: noTimeline,
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
  timeline: noTimeline,
  correctable: false,
});

export const accountEvents = {
  AccountCreated,
  MoneyDeposited,
  MoneyWithdrawn,
  TransferSent,
  TransferReceived,
  AccountRenamed,
  AccountOwnerChanged,
  AccountOpeningDateSet,
  MovementCorrected,
  AccountReconciled,
  MovementCategorized,
  AccountClosed,
} as const;
