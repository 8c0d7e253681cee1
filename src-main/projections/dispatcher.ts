// The seed's EventDispatcher: subscribers register by event type (or '*'); after each commit
// the new events are delivered in order. A failing subscriber is reported and isolated: it
// neither stops the others nor undoes the commit (that already happened).
import type { EventType, StoredEvent } from '../../src-shared/events';

export type Subscriber = (event: StoredEvent) => void;

export class EventDispatcher {
  private readonly handlers = new Map<EventType | '*', Subscriber[]>();

  constructor(private readonly onError: (error: unknown, event: StoredEvent) => void = () => {}) {}

  register(eventType: EventType | '*', handler: Subscriber): () => void {
    const list = this.handlers.get(eventType) ?? [];
    list.push(handler);
    this.handlers.set(eventType, list);
    return () => {
      const i = list.indexOf(handler);
      if (i >= 0) list.splice(i, 1);
    };
  }

  dispatch(events: readonly StoredEvent[]): void {
    for (const event of events) {
      for (const handler of [
        ...(this.handlers.get(event.eventType) ?? []),
        ...(this.handlers.get('*') ?? []),
      ]) {
        try {
          handler(event);
        } catch (error) {
          this.onError(error, event);
        }
      }
    }
  }
}
