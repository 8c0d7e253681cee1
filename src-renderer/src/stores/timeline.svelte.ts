// The event log as a list of `total` rows, newest first (index 0), loaded page by page as the
// rows come into view. A page next to a loaded one is read by keyset (`before` its last row:
// constant cost at any depth); a page reached by a jump of the scrollbar is read by `offset`.
import type { LedgerApi, TimelineEntry, TimelineFilter, TimelineOrder } from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';
import { coalesce } from '../lib/coalesce';

export const PAGE = 100;

export class TimelineStore {
  total = $state<number | null>(null);
  error = $state<ErrorInfo | null>(null);
  filter = $state<TimelineFilter>({});
  /** 'date': by value date (the books), 'recorded': the log's own order. */
  order = $state<TimelineOrder>('recorded');
  /** Pages in flight. */
  loading = $state(false);
  /** Bumped whenever rows arrive or move: readers of `entry()` depend on it. */
  version = $state(0);
  /** Sparse: index -> entry. Plain (not reactive): thousands of rows, read through `version`. */
  #rows: TimelineEntry[] = [];
  // Bookkeeping, not shown: no reactivity wanted.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #inflight = new Set<number>();
  #wanted = { first: 0, last: -1 };
  #generation = 0;
  #resetting: Promise<void> = Promise.resolve();
  #onShift: ((added: number) => void) | undefined;
  #api: LedgerApi;

  constructor(api: LedgerApi) {
    this.#api = api;
  }

  entry(index: number): TimelineEntry | undefined {
    void this.version;
    return this.#rows[index];
  }

  /** Starts over with a new filter (or order): the count and the first page, side by side. */
  async reset(filter: TimelineFilter = this.filter, order: TimelineOrder = this.order): Promise<void> {
    const gen = ++this.#generation;
    this.filter = filter;
    this.order = order;
    this.#rows = [];
    this.#inflight.clear();
    this.loading = false;
    this.total = null;
    this.error = null;
    this.version++;
    this.#resetting = Promise.all([this.#count(gen), this.#fetch(0, gen)]).then(() => {});
    await this.#resetting;
  }

  /** Loads what is missing of rows first..last (the rows in view). */
  ensure(first: number, last: number): void {
    this.#wanted = { first, last };
    if (this.total === null) return;
    const end = Math.min(last, this.total - 1);
    for (let p = Math.floor(first / PAGE); p * PAGE <= end; p++) {
      if (this.#inflight.has(p)) continue;
      const lo = Math.max(p * PAGE, first);
      const hi = Math.min(p * PAGE + PAGE - 1, end);
      for (let i = lo; i <= hi; i++) {
        if (this.#rows[i] === undefined) {
          void this.#fetch(p, this.#generation);
          break;
        }
      }
    }
  }

  /**
   * New events arrived: they are the newest, so every known row moves down by as many rows as
   * were added. Rows in view are read again (a correction changes an older row); the rest is
   * dropped. `onShift` hears how many rows were added, so the list can keep the same events in
   * view. A burst of pushes makes two refreshes (lib/coalesce.ts).
   */
  refresh(onShift?: (added: number) => void): Promise<void> {
    this.#onShift = onShift;
    return this.#refresh();
  }

  readonly #refresh = coalesce(() => this.#refreshOnce());

  async #refreshOnce(): Promise<void> {
    if (this.total === null) await this.#resetting;
    const before = this.total;
    if (before === null) return;
    // By value date, a new (backdated) entry can land anywhere: read the rows in view again.
    if (this.order === 'date') return this.reset();
    const counted = this.#generation;
    const r = await this.#api.timelineCount($state.snapshot(this.filter));
    // A new filter meanwhile: its own reset has the fresh rows.
    if (counted !== this.#generation || !r.ok) return;
    // Fewer rows than before: the file was restored. Nothing known still holds.
    if (r.value.count < before) return this.reset();
    const gen = ++this.#generation; // pages in flight were asked under the old numbering
    const added = r.value.count - before;
    const { first, last } = this.#wanted;
    const kept: TimelineEntry[] = [];
    this.#rows.forEach((e, i) => {
      if (i >= first && i <= last) kept[i + added] = e;
    });
    this.#rows = kept;
    this.#inflight.clear();
    this.loading = false;
    this.total = r.value.count;
    this.#onShift?.(added);
    this.version++;
    const pages: Promise<void>[] = [];
    const to = Math.min(last + added, this.total - 1);
    for (let p = Math.floor((first + added) / PAGE); p * PAGE <= to; p++) pages.push(this.#fetch(p, gen));
    await Promise.all(pages);
  }

  async #count(gen: number): Promise<void> {
    const result = await this.#api.timelineCount($state.snapshot(this.filter));
    if (gen !== this.#generation) return;
    if (result.ok) this.total = result.value.count;
    else this.error = result.error;
    const { first, last } = this.#wanted;
    if (result.ok) this.ensure(first, last);
  }

  async #fetch(page: number, gen: number): Promise<void> {
    if (this.#inflight.has(page)) return;
    this.#inflight.add(page);
    this.loading = true;
    const start = page * PAGE;
    const prev = start > 0 ? this.#rows[start - 1] : undefined;
    const order = this.order;
    const at =
      start === 0
        ? {}
        : !prev
          ? { offset: start }
          : order === 'date'
            ? { cursor: { position: prev.position, valueDate: prev.valueDate } }
            : { before: prev.position };
    const result = await this.#api.timeline({ ...$state.snapshot(this.filter), order, ...at, limit: PAGE });
    if (gen !== this.#generation) return;
    this.#inflight.delete(page);
    this.loading = this.#inflight.size > 0;
    if (!result.ok) {
      this.error = result.error;
      return;
    }
    this.error = null;
    result.value.items.forEach((e, i) => (this.#rows[start + i] = e));
    this.version++;
  }
}
