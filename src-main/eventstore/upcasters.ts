// Schema evolution: stored events keep the shape they were written in; upcasters registered
// per (event type, schema version) turn them into today's shape when they are read.
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

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
  ): { schemaVersion: number; data: Record<string, unknown> } {
    let v = schemaVersion;
    let d = data;
    while (v < currentVersion) {
      const step = this.steps.get(`${eventType}@${v}`);
      if (!step) throw new Error(`No upcaster for ${eventType} from schema version ${v}`);
      d = step(d);
      v++;
    }
    return { schemaVersion: v, data: d };
  }
}
