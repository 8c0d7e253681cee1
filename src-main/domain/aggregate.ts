// The seed's Aggregate pattern: state is rebuilt by applying history; commands check rules and
// raise events, which are applied at once and kept as pending changes until appended.
import type { DomainEvent, StoredEvent } from '../../src-shared/events';

export abstract class Aggregate<E extends DomainEvent = DomainEvent> {
  private _version = 0;
  private _changes: E[] = [];

  constructor(readonly id: string) {}

  /** Version of the last stored event applied (0 for a new aggregate). */
  get version(): number {
    return this._version;
  }

  get changes(): readonly E[] {
    return this._changes;
  }

  loadFromHistory(events: Iterable<Pick<StoredEvent, 'eventType' | 'data' | 'version'>>): this {
    for (const e of events) {
      this.apply({ type: e.eventType, data: e.data } as E);
      this._version = e.version;
    }
    return this;
  }

  /** Restores state from a snapshot taken at `version`; later events are applied on top. */
  protected restoreVersion(version: number): void {
    this._version = version;
  }

  protected raise(event: E): void {
    this.apply(event);
    this._changes.push(event);
  }

  protected abstract apply(event: E): void;
}
