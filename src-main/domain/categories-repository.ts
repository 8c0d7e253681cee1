// Loads the Categories aggregate (its one stream, read whole: it holds hundreds of events, not
// millions) and turns its pending changes into an append batch.
import { CATEGORIES_STREAM_ID } from '../../src-shared/events';
import type { AppendBatch, EventStore, NewEvent } from '../eventstore/types';
import { Categories } from './categories';

export interface LoadedCategories {
  categories: Categories;
}

export function loadCategories(store: EventStore): Categories {
  return new Categories().loadFromHistory(store.readStreamData(CATEGORIES_STREAM_ID, 1));
}

export function categoriesBatch(
  c: Categories,
  events: (e: Categories['changes'][number], i: number) => NewEvent,
): AppendBatch {
  return {
    streamId: c.id,
    streamType: 'Categories',
    expectedVersion: c.version === 0 ? 'no_stream' : c.version,
    events: c.changes.map(events),
  };
}
