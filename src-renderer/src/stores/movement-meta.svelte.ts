// The current category and payee of the movements an account page shows. The timeline's rows do
// not carry them, so they are read with one search over the dates the page covers (newest
// first, at most MAX rows across all accounts: a page older than that shows no category).
import type { LedgerApi, TimelineEntry } from '../../../src-shared/contract';
import { coalesce } from '../lib/coalesce';

export type Meta = { category: string | null; payee: string | null };

const MAX = 1000;
const EMPTY: ReadonlyMap<string, Meta> = new Map();

export class MovementMetaStore {
  /** Replaced whole on each load ($state.raw), never changed in place: a plain Map. */
  byEvent = $state.raw<ReadonlyMap<string, Meta>>(EMPTY);
  #api: LedgerApi;
  #movements: () => readonly TimelineEntry[];

  constructor(api: LedgerApi, movements: () => readonly TimelineEntry[]) {
    this.#api = api;
    this.#movements = movements;
  }

  readonly load = coalesce(async () => {
    const dates = this.#movements().map((m) => m.valueDate);
    if (dates.length === 0) {
      this.byEvent = EMPTY;
      return;
    }
    const from = dates.reduce((a, b) => (a < b ? a : b));
    const to = dates.reduce((a, b) => (a > b ? a : b));
    const r = await this.#api.search({ query: `from:${from} to:${to}`, limit: MAX });
    if (!r.ok) return;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built here, then frozen in byEvent
    this.byEvent = new Map(r.value.map((m) => [m.eventId, { category: m.category, payee: m.payee }]));
  });
}
