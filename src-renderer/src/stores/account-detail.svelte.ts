// One account's page: summary, monthly totals and its movements (newest first, paged).
import type { AccountSummary, LedgerApi, MonthlyTotal, TimelineEntry } from '../../../src-shared/contract';
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
  nextBefore = $state<number | null>(null);
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
    if (this.nextBefore !== null) await this.#loadMovements(this.nextBefore, PAGE);
  }

  /** Every movement, for a printed statement: pages of the largest size until the first. */
  async loadAll(): Promise<boolean> {
    for (let guard = 0; this.nextBefore !== null && guard < 100_000; guard++) {
      await this.#loadMovements(this.nextBefore, MAX_PAGE);
      if (this.movementsError) return false;
    }
    return this.movementsError === null;
  }

  async #loadMovements(before: number | undefined, limit: number): Promise<void> {
    this.movementsLoading = true;
    const result = await this.#api.timeline({
      accountId: this.accountId,
      limit,
      ...(before === undefined ? {} : { before }),
    });
    this.movementsLoading = false;
    if (!result.ok) {
      this.movementsError = result.error;
      return;
    }
    this.movementsError = null;
    this.movements = before === undefined ? result.value.items : [...this.movements, ...result.value.items];
    this.nextBefore = result.value.nextBefore;
  }
}
