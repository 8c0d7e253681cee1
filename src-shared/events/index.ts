// Every domain event of the ledger. The definitions (one per event type, grouped by aggregate in
// *-events.ts) are the single source of truth; everything below is derived from them. The
// envelope keeps the seed's fields (event id, aggregate id/type, event type, version, timestamp,
// schema version) and adds the global position, metadata and the hash chain.
import { z } from 'zod';
import type { Money } from '../money';
import { accountEvents } from './account-events';
import { categoryEvents } from './category-events';
import { AggregateTypes, type TimelineFields } from './define';
import { Id } from './fields';

export {
  AccountName,
  AccountType,
  AccountTypes,
  CategoryPath,
  CategorySegment,
  Description,
  MAX_CATEGORY_DEPTH,
  PayeeName,
  TagName,
  Tags,
  Id,
  OwnerName,
  Reason,
  ValueDate,
  type AccountKind,
} from './fields';
export { MovementMeta } from './account-events';
export { CATEGORIES_STREAM_ID, RuleMatch } from './category-events';
export { AggregateTypes, type TimelineFields, type UpcastContext, type Upcaster } from './define';

/** The registry: adding an event type is one entry here (plus its decider and its UI). */
export const eventDefinitions = { ...accountEvents, ...categoryEvents } as const;
type Definitions = typeof eventDefinitions;

export type EventType = keyof Definitions;
export const EventTypes = Object.keys(eventDefinitions) as EventType[];
export const EventTypeSchema = z.enum(EventTypes as [EventType, ...EventType[]]);
export type EventData<T extends EventType> = z.output<Definitions[T]['data']>;
export const EventDataSchemas = Object.fromEntries(EventTypes.map((t) => [t, eventDefinitions[t].data])) as {
  readonly [T in EventType]: Definitions[T]['data'];
};
export const CurrentSchemaVersion = Object.fromEntries(
  EventTypes.map((t) => [t, eventDefinitions[t].schemaVersion]),
) as Readonly<Record<EventType, number>>;

export const AggregateType = z.enum(AggregateTypes);
export type AggregateType = z.infer<typeof AggregateType>;
/** The event types of one aggregate: the union its apply() must handle exhaustively. */
export type EventTypeOf<A extends AggregateType> = {
  [T in EventType]: Definitions[T]['aggregate'] extends A ? T : never;
}[EventType];

/** An event as a command decides it: no envelope yet. */
export type DomainEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];
export type DomainEventOf<A extends AggregateType> = Extract<DomainEvent, { type: EventTypeOf<A> }>;

export const EventMetadata = z.object({
  correlationId: z.string().optional(),
  causationId: z.string().optional(),
  commandId: z.string().optional(),
  commandName: z.string().optional(),
  /** sha256 of the canonical JSON of the command's input without its commandId. */
  inputDigest: z.string().optional(),
  appVersion: z.string().optional(),
  /** The statement import that wrote the event (undo-import finds its movements by it). */
  importBatchId: z.string().optional(),
  /** The bank account the imported statement names (IBAN, or account and bank number). */
  statementAccount: z.string().optional(),
  /** The imported file's name and format (the import history shows them). */
  importFile: z.string().optional(),
  importFormat: z.string().optional(),
  /** The `rule apply` run that wrote the event (its recategorizations share it). */
  ruleBatchId: z.string().optional(),
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
type Envelope = z.output<z.ZodObject<typeof envelope>>;

/** A stored event: the envelope with its type's data. */
export type StoredEvent = {
  [T in EventType]: Envelope & { eventType: T; data: EventData<T> };
}[EventType];
export type StoredEventOf<T extends EventType> = Extract<StoredEvent, { eventType: T }>;

// Built from the registry, so the union cannot miss a type; its output type is StoredEvent.
export const StoredEventSchema = z.discriminatedUnion(
  'eventType',
  EventTypes.map((t) =>
    z.object({ ...envelope, eventType: z.literal(t), data: eventDefinitions[t].data }),
  ) as unknown as [z.ZodObject<typeof envelope & { eventType: z.ZodLiteral<EventType> }>],
) as unknown as z.ZodType<StoredEvent>;

/** The fields every derived fact needs: the event's type and (upcast) data. */
type Typed = { eventType: EventType; data: unknown };
// One correlated lookup: the entry for e.eventType reads e.data of that same type.
const definitionOf = (e: Typed) =>
  eventDefinitions[e.eventType] as unknown as {
    balanceEffect(d: unknown): number;
    amount(d: unknown): Money | null;
    timeline(d: unknown): TimelineFields;
    label: string;
    correctable: boolean;
  };

/** Signed effect of an event on its account's balance, in minor units. */
export const balanceDelta = (e: Typed): number => definitionOf(e).balanceEffect(e.data);
/** The amount an event moves, if it moves money. */
export const eventAmount = (e: Typed): Money | null => definitionOf(e).amount(e.data);
/** What the timeline shows for an event. */
export const timelineFields = (e: Typed): TimelineFields => definitionOf(e).timeline(e.data);
/** The name people see for an event type. */
export const eventLabel = (t: EventType): string => eventDefinitions[t].label;
/** Whether a correction may reverse events of this type. */
export const isCorrectable = (t: EventType): boolean => eventDefinitions[t].correctable;
