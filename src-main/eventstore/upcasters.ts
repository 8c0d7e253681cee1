// Schema evolution: stored events keep the shape they were written in; upcasters registered
// per (event type, schema version) turn them into today's shape when they are read. The ledger's
// own steps come from the event definitions (src-shared/events); the registry also takes extra
// steps, which the tests use to exercise the mechanism.
import { CurrentSchemaVersion, EventTypes, eventDefinitions, type EventType } from '../../src-shared/events';
import type { Upcaster } from '../../src-shared/events';
import type { Upcast } from './encoding';

export type { Upcaster } from '../../src-shared/events';

export class UpcasterRegistry {
  private readonly steps = new Map<string, Upcaster>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` for one event type. */
  register(eventType: string, fromVersion: number, up: Upcaster): this {
    this.steps.set(`${eventType}@${fromVersion}`, up);
    return this;
  }

  /** Applies every step from the stored version up to `currentVersion`. */
  upcast(
    eventType: string,
    schemaVersion: number,
    currentVersion: number,
    data: Record<string, unknown>,
    timestamp = 0,
  ): { schemaVersion: number; data: Record<string, unknown> } {
    let v = schemaVersion;
    let d = data;
    while (v < currentVersion) {
      const step = this.steps.get(`${eventType}@${v}`);
      if (!step) throw new Error(`No upcaster for ${eventType} from schema version ${v}`);
      d = step(d, { timestamp });
      v++;
    }
    return { schemaVersion: v, data: d };
  }

  /** The store's view: upcast to `currentVersion(type)` when stored below it. */
  toUpcast(currentVersion: (eventType: string) => number): Upcast {
    return (eventType, storedVersion, data, timestamp) => {
      const current = currentVersion(eventType);
      return storedVersion < current
        ? this.upcast(eventType, storedVersion, current, data, timestamp)
        : { schemaVersion: storedVersion, data };
    };
  }
}

/** Every upcaster the event definitions declare. */
export function ledgerUpcasters(): UpcasterRegistry {
  const registry = new UpcasterRegistry();
  for (const t of EventTypes) {
    const steps = (eventDefinitions[t] as { upcasters?: Readonly<Record<number, Upcaster>> }).upcasters;
    for (const [from, step] of Object.entries(steps ?? {})) registry.register(t, Number(from), step);
  }
  return registry;
}

/** The ledger's read path: its upcasters, up to each type's current schema version. */
export const ledgerUpcast = (): Upcast =>
  ledgerUpcasters().toUpcast((t) => CurrentSchemaVersion[t as EventType] ?? 1);
