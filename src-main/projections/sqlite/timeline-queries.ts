// Pages of the timeline, newest first: in the log's order (keyset on position) or by value date
// (keyset on (value date, position)); either way page 10,000 costs what page 1 costs. By date,
// each account's running balance comes from its value balance at the page's first entry.
import type Database from 'better-sqlite3';
import type {
  TimelineCursor,
  TimelineFilter,
  TimelineOrder,
  TimelinePage,
} from '../../../src-shared/contract';
import type { CategoryTree } from './category-queries';
import { toEntry, type TimelineRow } from './rows';
import type { ValueBalances } from './value-balances';

export interface PageQuery extends TimelineFilter {
  order?: TimelineOrder;
  before?: number;
  cursor?: TimelineCursor;
  /** Skip this many matching rows before the page (a scrollbar jump). */
  offset?: number;
  limit: number;
}

/** The timeline's rows that are movements (the movements projection holds their meaning). */
const MOVEMENTS = new Set([
  'MoneyDeposited',
  'MoneyWithdrawn',
  'TransferSent',
  'TransferReceived',
  'MovementCorrected',
]);

const filtered = (q: TimelineFilter): boolean =>
  Boolean(q.accountId || q.eventTypes?.length || q.from || q.to || q.fromDate || q.toDate);

export class TimelineQueries {
  private readonly stmts = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly balances: ValueBalances,
    private readonly tree: () => CategoryTree,
  ) {}

  page(query: PageQuery): TimelinePage {
    const { offset = 0, ...q } = query;
    const byDate = q.order === 'date';
    let skip = offset;
    // Unfiltered and as recorded, positions 1..head are contiguous: a jump is a seek, not a skip.
    if (skip > 0 && !byDate && !filtered(q) && q.cursor === undefined) {
      const end = this.head() + 1;
      q.before = Math.max(0, Math.min(q.before ?? end, end) - skip);
      skip = 0;
    }
    const { sql, params } = where(q, byDate);
    const order = byDate ? 'value_date DESC, position DESC' : 'position DESC';
    const rows = this.statement(`SELECT * FROM timeline WHERE ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      ...params,
      q.limit + 1,
      skip,
    ) as TimelineRow[];
    const more = rows.length > q.limit;
    const page = rows.slice(0, q.limit);
    const meta = this.meta(page);
    const items = byDate
      ? this.withDateBalances(page, meta)
      : page.map((r) => toEntry(r, undefined, meta(r)));
    const last = page[page.length - 1];
    return {
      items,
      nextBefore: more && last ? last.position : null,
      next:
        more && last ? { position: last.position, ...(byDate ? { valueDate: last.value_date } : {}) } : null,
    };
  }

  count(q: TimelineFilter): number {
    // Unfiltered, the timeline has one row per event at positions 1..head: no scan needed.
    if (!filtered(q)) return this.head();
    const { sql, params } = where(q, false);
    return this.statement(`SELECT count(*) FROM timeline WHERE ${sql}`)
      .pluck()
      .get(...params) as number;
  }

  private head(): number {
    return this.statement('SELECT coalesce(max(position), 0) FROM timeline').pluck().get() as number;
  }

  /**
   * The current category and payee of the page's movements: one query by primary key for the
   * whole page (the movements projection), category paths through the tree (read once, if needed).
   */
  private meta(
    rows: readonly TimelineRow[],
  ): (r: TimelineRow) => { category: string | null; payee: string | null } {
    const none = { category: null, payee: null };
    const positions = rows.filter((r) => MOVEMENTS.has(r.event_type)).map((r) => r.position);
    if (positions.length === 0) return () => none;
    const found = this.statement(
      'SELECT position, payee, category_id FROM movements WHERE position IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(positions)) as Array<{
      position: number;
      payee: string | null;
      category_id: string | null;
    }>;
    const tree = found.some((m) => m.category_id !== null) ? this.tree() : null;
    const byPosition = new Map(
      found.map((m) => [
        m.position,
        { payee: m.payee, category: m.category_id === null || !tree ? null : tree.path(m.category_id) },
      ]),
    );
    return (r) => byPosition.get(r.position) ?? none;
  }

  /** Running balances in value-date order, walking down from each account's newest entry on the page. */
  private withDateBalances(
    rows: TimelineRow[],
    meta: (r: TimelineRow) => { category: string | null; payee: string | null },
  ) {
    const running = new Map<string, number>();
    return rows.map((r) => {
      let after = running.get(r.account_id);
      if (after === undefined) after = this.balances.through(r.account_id, r.value_date, r.position);
      running.set(r.account_id, after - r.delta);
      return toEntry(r, after, meta(r));
    });
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.stmts.get(sql);
    if (!stmt) this.stmts.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }
}

function where(q: TimelineFilter & Partial<PageQuery>, byDate: boolean): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (byDate && q.cursor?.valueDate !== undefined)
    add('(value_date, position) < (?, ?)', q.cursor.valueDate, q.cursor.position);
  else if (q.cursor !== undefined) add('position < ?', q.cursor.position);
  else if (q.before !== undefined) add('position < ?', q.before);
  if (q.accountId) add('account_id = ?', q.accountId);
  if (q.eventTypes && q.eventTypes.length > 0)
    add(`event_type IN (${q.eventTypes.map(() => '?').join(',')})`, ...q.eventTypes);
  // ISO timestamps in UTC and calendar dates both compare correctly as text.
  if (q.from) add('timestamp >= ?', new Date(q.from).toISOString());
  if (q.to) add('timestamp <= ?', new Date(q.to).toISOString());
  if (q.fromDate) add('value_date >= ?', q.fromDate);
  if (q.toDate) add('value_date <= ?', q.toDate);
  return { sql: clauses.length ? clauses.join(' AND ') : '1', params };
}
