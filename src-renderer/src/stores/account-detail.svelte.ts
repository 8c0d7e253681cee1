// One account's page: summary, monthly totals and its movements (newest first, paged), by value
// date (the books, with the running balance in that order) or as recorded.
import type {
  AccountSummary,
  LedgerApi,
  MonthlyTotal,
  TimelineCursor,
  TimelineEntry,
  TimelineOrder,
} from '../../../src-shared/contract';
import type { ErrorInfo } from '../../../src-shared/errors';
import { coalesce } from '../lib/coalesce';
import { Loadable } from './load.svelte';

const PAGE = 100;
const MAX_PAGE = 1000;

export class AccountDetailStore {
  summary: Loadable<AccountSummary>;
  monthly: Loadable<MonthlyTotal[]>;
  movements = $state.raw<TimelineEntry[]>([]);
  movementsLoading = $state(false);
  movementsError = $state<ErrorInfo | null>(null);
  /** Where the next page starts; null when every movement is loaded. */
  next = $state<TimelineCursor | null>(null);
  order = $state<TimelineOrder>('date');
  #api: LedgerApi;
  readonly accountId: string;

  constructor(api: LedgerApi, accountId: string) {
    this.#api = api;
    this.accountId = accountId;
    this.summary = new Loadable(() => api.getAccount({ accountId }));
    this.monthly = new Loadable(() => api.monthlyTotals({ accountId }));
  }

  /** Everything on the page; the movements list keeps as many rows as were loaded. */
  readonly load = coalesce(async () => {
    const keep = Math.max(PAGE, Math.min(MAX_PAGE, this.movements.length));
    await Promise.all([this.summary.load(), this.monthly.load(), this.#loadMovements(undefined, keep)]);
  });

  async loadMore(): Promise<void> {
    if (this.next !== null) await this.#loadMovements(this.next, PAGE);
  }

  /** Reads the movements again in another order (from the newest). */
  async setOrder(order: TimelineOrder): Promise<void> {
    if (order === this.order) return;
    this.order = order;
    this.next = null;
    await this.#loadMovements(undefined, PAGE);
  }

  /** Every movement, for a printed statement: pages of the largest size until the first. */
  async loadAll(): Promise<boolean> {
    for (let guard = 0; this.next !== null && guard < 100_000; guard++) {
      await this.#loadMovements(this.next, MAX_PAGE);
      if (this.movementsError) return false;
    }
    return this.movementsError === null;
  }

  async #loadMovements(after: TimelineCursor | undefined, limit: number): Promise<void> {
    this.movementsLoading = true;
    const order = this.order;
    const result = await this.#api.timeline({
      accountId: this.accountId,
      order,
      limit,
      ...(after === undefined ? {} : { cursor: after }),
    });
    this.movementsLoading = false;
    // The order changed while this page was on its way: its rows belong to the other list.
    if (order !== this.order) return;
    if (!result.ok) {
      this.movementsError = result.error;
      return;
    }
    this.movementsError = null;
    this.movements = after === undefined ? result.value.items : [...this.movements, ...result.value.items];
    this.next = result.value.next;
  }
}
