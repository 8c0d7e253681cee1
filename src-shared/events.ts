// Every domain event of the ledger, as zod schemas: the single source of truth for their shape.
// The envelope keeps the seed's fields (event id, aggregate id/type, event type, version,
// timestamp, schema version) and adds the global position, metadata and the hash chain.
import { z } from 'zod';
import { Money, CurrencyCode } from './money';

export const Id = z.uuid();
export const OwnerName = z
  .string()
  .trim()
  .min(1, 'Owner name is required')
  .max(200, 'Owner name is at most 200 characters');
export const Description = z.string().trim().max(500, 'Description is at most 500 characters');
/** A calendar date, YYYY-MM-DD: the date the money moved, which may differ from the entry time. */
export const ValueDate = z.iso.date();
export const Reason = z.string().trim().min(1, 'A reason is required').max(500);

const movement = {
  amount: Money,
  description: Description.optional(),
  valueDate: ValueDate.optional(),
};

export const EventDataSchemas = {
  AccountCreated: z.object({ owner: OwnerName, currency: CurrencyCode, openingBalance: Money }),
  MoneyDeposited: z.object(movement),
  MoneyWithdrawn: z.object(movement),
  TransferSent: z.object({ ...movement, transferId: Id, toAccountId: Id }),
  TransferReceived: z.object({ ...movement, transferId: Id, fromAccountId: Id }),
  AccountRenamed: z.object({ owner: OwnerName, previousOwner: OwnerName }),
  /** Reverses an earlier movement; the original stays in the log. */
  MovementCorrected: z.object({
    correctedEventId: Id,
    reason: Reason,
    amount: Money,
    direction: z.enum(['in', 'out']),
  }),
  AccountClosed: z.object({}),
} as const;

export type EventType = keyof typeof EventDataSchemas;
export const EventTypes = Object.keys(EventDataSchemas) as EventType[];
export const EventTypeSchema = z.enum(EventTypes as [EventType, ...EventType[]]);
export type EventData<T extends EventType> = z.infer<(typeof EventDataSchemas)[T]>;

/**
 * Current schema version of each event type. AccountCreated, MoneyDeposited and MoneyWithdrawn
 * are at 2: version 1 was the seed's shape with float amounts; upcasters read it as today's.
 */
export const CurrentSchemaVersion: Record<EventType, number> = {
  AccountCreated: 2,
  MoneyDeposited: 2,
  MoneyWithdrawn: 2,
  TransferSent: 1,
  TransferReceived: 1,
  AccountRenamed: 1,
  MovementCorrected: 1,
  AccountClosed: 1,
};

export const AggregateType = z.enum(['Account']);
export type AggregateType = z.infer<typeof AggregateType>;

/** An event as a command decides it: no envelope yet. */
export type DomainEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

export const EventMetadata = z.object({
  correlationId: z.string().optional(),
  causationId: z.string().optional(),
  commandId: z.string().optional(),
  commandName: z.string().optional(),
  appVersion: z.string().optional(),
});
export type EventMetadata = z.infer<typeof EventMetadata>;

const envelope = {
  eventId: Id,
  aggregateId: Id,
  aggregateType: AggregateType,
  version: z.number().int().min(1),
  position: z.number().int().min(1),
  /** UTC, millisecond precision, ISO 8601 with 'Z'. */
  timestamp: z.iso.datetime(),
  schemaVersion: z.number().int().min(1),
  metadata: EventMetadata,
  hash: z.string(),
  prevHash: z.string(),
};

const envelopeFor = <T extends EventType>(t: T) =>
  z.object({ ...envelope, eventType: z.literal(t), data: EventDataSchemas[t] });

export const StoredEventSchema = z.discriminatedUnion('eventType', [
  envelopeFor('AccountCreated'),
  envelopeFor('MoneyDeposited'),
  envelopeFor('MoneyWithdrawn'),
  envelopeFor('TransferSent'),
  envelopeFor('TransferReceived'),
  envelopeFor('AccountRenamed'),
  envelopeFor('MovementCorrected'),
  envelopeFor('AccountClosed'),
]);
export type StoredEvent = z.infer<typeof StoredEventSchema>;
export type StoredEventOf<T extends EventType> = Extract<StoredEvent, { eventType: T }>;

/** Signed effect of an event on its account's balance, in minor units. */
export function balanceDelta(e: { eventType: EventType; data: unknown }): number {
  switch (e.eventType) {
    case 'AccountCreated':
      return (e.data as EventData<'AccountCreated'>).openingBalance.minor;
    case 'MoneyDeposited':
    case 'TransferReceived':
      return (e.data as EventData<'MoneyDeposited'>).amount.minor;
    case 'MoneyWithdrawn':
    case 'TransferSent':
      return -(e.data as EventData<'MoneyWithdrawn'>).amount.minor;
    case 'MovementCorrected': {
      const d = e.data as EventData<'MovementCorrected'>;
      return d.direction === 'in' ? d.amount.minor : -d.amount.minor;
    }
    case 'AccountRenamed':
    case 'AccountClosed':
      return 0;
  }
}

/** The amount an event moves, if it moves money. */
export function eventAmount(e: { eventType: EventType; data: unknown }): Money | null {
  switch (e.eventType) {
    case 'AccountCreated':
      return (e.data as EventData<'AccountCreated'>).openingBalance;
    case 'AccountRenamed':
    case 'AccountClosed':
      return null;
    default:
      return (e.data as { amount: Money }).amount;
  }
}
