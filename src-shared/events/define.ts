// The shape of one event type's definition. Everything the app knows about an event type lives
// in its entry: the data schema and schema version (with upcasters for older stored shapes), its
// label, its effect on the balance, and what the timeline shows for it. The union of stored
// events, the schema table, the labels and the balance effect are all derived from the entries.
import type { z } from 'zod';
import type { Money } from '../money';

/** Aggregate (stream) types; each event type belongs to one. */
export const AggregateTypes = ['Account', 'Categories'] as const;
export type AggregateTypeName = (typeof AggregateTypes)[number];

/** What an upcaster may read of the stored envelope besides the data. */
export interface UpcastContext {
  /** When the event was recorded, ms since the epoch (UTC). */
  timestamp: number;
}

/** One step from schema version v to v + 1 of a stored event's data. */
export type Upcaster = (data: Record<string, unknown>, ctx: UpcastContext) => Record<string, unknown>;

/** What the timeline projection stores for an event, besides its envelope and balance. */
export interface TimelineFields {
  /** Free text shown with the entry (a description, or a correction's reason). */
  description?: string | undefined;
  /** The date the entry belongs to; events without one take their recording date (UTC). */
  valueDate?: string | undefined;
  transferId?: string | undefined;
  /** The other account of a transfer. */
  counterpartyId?: string | undefined;
  /** The event a correction reverses. */
  correctsEventId?: string | undefined;
  /** Facts of the account the event sets (its opening sets them all). */
  owner?: string | undefined;
  name?: string | undefined;
  accountType?: string | undefined;
  openingDate?: string | undefined;
}

export interface EventDefinition<
  T extends string,
  S extends z.ZodType,
  A extends AggregateTypeName = AggregateTypeName,
> {
  readonly type: T;
  readonly aggregate: A;
  /** Current schema version; events stored below it are upcast on read. */
  readonly schemaVersion: number;
  readonly data: S;
  /** Keyed by the version each step upgrades from (1 upgrades 1 → 2). */
  readonly upcasters?: Readonly<Record<number, Upcaster>>;
  /** For people: the renderer's name of the event. */
  readonly label: string;
  /** Signed effect on its account's balance, in minor units. */
  balanceEffect(data: z.output<S>): number;
  /** The amount it moves, or null when it moves no money. */
  amount(data: z.output<S>): Money | null;
  timeline(data: z.output<S>): TimelineFields;
  /** A movement the user may reverse with MovementCorrected (a domain rule the UI also shows). */
  readonly correctable: boolean;
}

/** Identity, with the types checked: each entry keeps its own literal type and data schema. */
export const defineEvent = <T extends string, S extends z.ZodType, A extends AggregateTypeName>(
  d: EventDefinition<T, S, A>,
) => d;
