// The projections as the application sees them, independent of where their rows live: an engine
// that keeps them current (inline with each append, catch-up on open, rebuild), and the read
// model the queries answer from. The SQLite implementations are in ./sqlite/.
import type {
  CategoryReportRow,
  ImportBatchView,
  MonthlyCategoryRow,
  CategoryView,
  MovementView,
  NetWorthRow,
  PayeeView,
  RuleView,
  AccountSummary,
  AsOfBalances,
  MonthlyTotal,
  ProjectionName,
  TimelineCursor,
  TimelineFilter,
  TimelineOrder,
  TimelinePage,
} from '../../src-shared/contract';
import type { StoredEvent } from '../../src-shared/events';

export interface RebuildOptions {
  projections?: readonly ProjectionName[];
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Lock-free pause between batches (default REBUILD_PAUSE_MS); 0 for none. */
  pauseMs?: number;
  /** How to pause (default: block this thread); the worker wakes early on cancel. */
  sleep?: (ms: number) => void;
  /**
   * True while a command on another connection waits for the write lock. Given (the app's worker
   * knows its main thread's commands), the rebuild pauses only then and runs flat out otherwise;
   * absent (CLI, other processes unknown), it pauses after every batch.
   */
  writerWaiting?: () => boolean;
  /** Compare the rebuilt rows with the live ones before swapping (default true). */
  verify?: boolean;
  /** Build and compare only; keep the live tables (used by `verify`). */
  dryRun?: boolean;
}

export interface ProjectionDifference {
  projection: string;
  message: string;
}

export interface RebuildResult {
  done: number;
  total: number;
  differences: ProjectionDifference[];
}

export interface ProjectionEngine {
  /** Creates missing (or outdated) projections and catches every one up to the head of the log. */
  open(onProgress?: (done: number, total: number) => void): void;
  /** Inline update: call inside the unit of work that appended `events`. */
  apply(events: readonly StoredEvent[]): void;
  /**
   * Replays the log into fresh storage while the live read model keeps serving, compares, and
   * swaps (or, with dryRun, only compares). Cancel, an error or a kill leaves the live rows as
   * they were.
   */
  rebuild(options?: RebuildOptions): RebuildResult;
}

/** The queries: they read projections only and never fold the log at request time. */
export interface ReadModel {
  listAccounts(): AccountSummary[];
  getAccount(accountId: string): AccountSummary;
  timeline(
    filter: TimelineFilter & {
      order?: TimelineOrder;
      before?: number;
      cursor?: TimelineCursor;
      limit: number;
    },
  ): TimelinePage;
  timelineCount(filter: TimelineFilter): number;
  monthlyTotals(accountId: string): MonthlyTotal[];
  balancesAsOf(q: { position?: number; time?: string; date?: string; knownAt?: string }): AsOfBalances;
  /** Categories, rules, search and the category reports (the `categories` and `movements` projections). */
  readonly meaning: CategoryReads;
  /** The import history (the `imports` projection) and what reconciliations cleared. */
  readonly statements: StatementReads;
}

export interface StatementReads {
  imports(accountId?: string): ImportBatchView[];
  clearedBalance(accountId: string): { minor: number; reconciledOn: string | null };
}

export interface CategoryReads {
  categories(includeArchived: boolean): CategoryView[];
  rules(): RuleView[];
  /** Payees starting with `prefix` (folded), most used first (the `payees` projection). */
  payees(prefix: string, limit: number): PayeeView[];
  search(query: string, limit: number): MovementView[];
  reportCategories(from: string, to: string): CategoryReportRow[];
  reportMonthly(from: string, to: string): MonthlyCategoryRow[];
  reportNetWorth(from?: string, to?: string): NetWorthRow[];
}
