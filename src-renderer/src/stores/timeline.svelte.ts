// The event log, newest first, loaded page by page with a keyset cursor (`before`), so the
// cost of a page does not grow with the log.
import type { LedgerApi, TimelineEntry, TimelineFilter } from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';

const PAGE = 200;

export class TimelineStore {
  // Raw: entries are immutable snapshots, and deep proxies over thousands of rows cost scroll time.
  items = $state.raw<TimelineEntry[]>([]);
  total = $state<number | null>(null);
  loading = $state(false);
  error = $state<ErrorInfo | null>(null);
  filter = $state<TimelineFilter>({});
  #nextBefore: number | null | undefined = undefined;
  #generation = 0;
  #api: LedgerApi;

  constructor(api: LedgerApi) {
    this.#api = api;
  }

  get hasMore(): boolean {
    return this.#nextBefore !== null;
  }

  /** Starts over with a new filter. */
  async reset(filter: TimelineFilter = this.filter): Promise<void> {
    this.#generation++;
    this.filter = filter;
    this.items = [];
    this.total = null;
    this.#nextBefore = undefined;
    this.loading = false;
    await Promise.all([this.loadMore(), this.#count()]);
  }

  async #count(): Promise<void> {
    const gen = this.#generation;
    const result = await this.#api.timelineCount($state.snapshot(this.filter));
    if (gen !== this.#generation) return;
    if (result.ok) this.total = result.value.count;
  }

  async loadMore(): Promise<void> {
    if (this.loading || this.#nextBefore === null) return;
    const gen = this.#generation;
    this.loading = true;
    const before = this.#nextBefore;
    const result = await this.#api.timeline({
      ...$state.snapshot(this.filter),
      ...(before === undefined ? {} : { before }),
      limit: PAGE,
    });
    if (gen !== this.#generation) return;
    this.loading = false;
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.items = this.items.concat(result.value.items);
    this.#nextBefore = result.value.nextBefore;
  }

  /** New events arrived: put the newer ones on top and refresh corrections on shown rows. */
  async refreshHead(): Promise<void> {
    const gen = this.#generation;
    const result = await this.#api.timeline({ ...$state.snapshot(this.filter), limit: PAGE });
    if (gen !== this.#generation || !result.ok) return;
    const top = this.items[0]?.position ?? 0;
    const fresh = result.value.items.filter((e) => e.position > top);
    if (fresh.length === PAGE) {
      await this.reset();
      return;
    }
    const updated = Object.fromEntries(result.value.items.map((e) => [e.eventId, e]));
    this.items = [...fresh, ...this.items.map((e) => updated[e.eventId] ?? e)];
    await this.#count();
  }
}
