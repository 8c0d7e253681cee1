// Read-side queries of categories, rules, search and the reports. Category names are resolved
// here, through the categories projection (merges followed, current names): a renamed or merged
// category shows under its new name in every answer, history included.
import type Database from 'better-sqlite3';
import type {
  CategoryReportRow,
  MonthlyCategoryRow,
  CategoryView,
  MovementView,
  NetWorthRow,
  PayeeView,
  RuleView,
} from '../../../src-shared/contract';
import type { EventType } from '../../../src-shared/events';
import { LedgerError } from '../../../src-shared/errors';
import { decimalToScaled, foldText, inSubtree, parseSearchQuery } from '../../../src-shared/search-query';
import { PayeeQueries } from './payee-queries';
import { lazyStatements } from './rows';

interface CategoryRow {
  category_id: string;
  name: string;
  parent_id: string | null;
  archived: 0 | 1;
  merged_into: string | null;
  created_position: number;
}

interface MovementRow {
  position: number;
  event_id: string;
  event_type: EventType;
  account_id: string;
  account_name: string | null;
  value_date: string;
  timestamp: string;
  amount_minor: number;
  currency: string;
  description: string | null;
  payee: string | null;
  category_id: string | null;
  tags: string;
  corrects_event_id: string | null;
}

/** The category tree as the projection holds it, with paths resolved. */
export class CategoryTree {
  private readonly byId = new Map<string, CategoryRow>();
  constructor(rows: CategoryRow[]) {
    for (const r of rows) this.byId.set(r.category_id, r);
  }
  get size() {
    return this.byId.size;
  }
  /** The live category an id stands for (merges followed). */
  current(id: string): string {
    let r = this.byId.get(id);
    for (let guard = 0; r?.merged_into && guard < 100; guard++) r = this.byId.get(r.merged_into);
    return r?.category_id ?? id;
  }
  /** The current path of a (possibly merged) category id. */
  path(id: string): string {
    const parts: string[] = [];
    let r = this.byId.get(this.current(id));
    for (let guard = 0; r && guard < 100; guard++) {
      parts.unshift(r.name);
      r = r.parent_id ? this.byId.get(r.parent_id) : undefined;
    }
    return parts.join(':');
  }
  rows(): CategoryRow[] {
    return [...this.byId.values()];
  }
  /** Every id (merged ones too) whose current path is `prefix` or below it. */
  subtree(prefix: string): string[] {
    return this.rows()
      .filter((r) => inSubtree(this.path(r.category_id), prefix))
      .map((r) => r.category_id);
  }
}

/**
 * Above this many free-text matches a search walks the value-date index instead of sorting every
 * match (exported for the test that compares both plans).
 */
export const SEARCH_MANY_MATCHES = 2000;
/** How many of the newest movements (by value date) a search with many matches looks at first. */
export const SEARCH_WINDOW = 5000;

interface SumRow {
  month: string;
  category_id: string | null;
  currency: string;
  total: number;
}

export class CategoryQueries {
  private readonly stmts;
  constructor(private readonly db: Database.Database) {
    this.stmts = lazyStatements(db, {
      categories: 'SELECT * FROM categories ORDER BY created_position',
      rules: 'SELECT * FROM category_rules ORDER BY position',
      ftsCount: `SELECT count(*) AS n FROM
        (SELECT 1 FROM movements_fts WHERE movements_fts MATCH ? LIMIT ${SEARCH_MANY_MATCHES + 1})`,
      byCategory: `SELECT '' AS month, category_id, currency, sum(amount_minor) AS total FROM movements
        WHERE value_date >= ? AND value_date <= ? GROUP BY category_id, currency`,
      byMonth: `SELECT substr(value_date, 1, 7) AS month, category_id, currency, sum(amount_minor) AS total
        FROM movements WHERE value_date >= ? AND value_date <= ? GROUP BY month, category_id, currency`,
      monthly: `SELECT a.currency, t.month, sum(t.deposits - t.withdrawals) AS net FROM monthly_totals t
        JOIN accounts a ON a.account_id = t.account_id GROUP BY a.currency, t.month`,
      openings: `SELECT currency, substr(value_date, 1, 7) AS month, sum(delta) AS net FROM timeline
        WHERE event_type = 'AccountCreated' GROUP BY currency, month`,
    });
  }

  tree(): CategoryTree {
    return new CategoryTree(this.stmts.categories.all() as CategoryRow[]);
  }

  categories(includeArchived: boolean): CategoryView[] {
    const tree = this.tree();
    return tree
      .rows()
      .filter((r) => r.merged_into === null && (includeArchived || r.archived === 0))
      .map((r) => ({
        categoryId: r.category_id,
        path: tree.path(r.category_id),
        name: r.name,
        parentId: r.parent_id,
        archived: r.archived === 1,
        isDefault: false,
      }))
      .sort((a, b) =>
        foldText(a.path) < foldText(b.path) ? -1 : foldText(a.path) > foldText(b.path) ? 1 : 0,
      );
  }

  rules(): RuleView[] {
    const tree = this.tree();
    const rows = this.stmts.rules.all() as {
      rule_id: string;
      payee: string | null;
      description_contains: string | null;
      category_id: string;
      set_payee: string | null;
      position: number;
    }[];
    return rows.map((r) => ({
      ruleId: r.rule_id,
      payee: r.payee,
      descriptionContains: r.description_contains,
      category: tree.path(r.category_id),
      setPayee: r.set_payee,
      position: r.position,
    }));
  }

  payees(prefix: string, limit: number): PayeeView[] {
    return (this.payeeQueries ??= new PayeeQueries(this.db)).payees(this.tree(), prefix, limit);
  }
  private payeeQueries: PayeeQueries | undefined;

  /**
   * `plan` forces one of the two plans of a free-text search (tests compare them); the default
   * chooses by the number of matches.
   */
  search(text: string, limit: number, plan: 'auto' | 'matches' | 'date' = 'auto'): MovementView[] {
    const parsed = parseSearchQuery(text);
    if (!parsed.ok) throw new LedgerError('validation', parsed.message, 'invalid_query');
    const q = parsed.query;
    const where: string[] = [];
    const params: unknown[] = [];
    const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
    const fts = [
      ...q.words.filter(hasWord).map((w) => `${phrase(w)}*`),
      ...q.payee.filter(hasWord).map((p) => `payee : ${phrase(p)}`),
      ...q.tags.filter(hasWord).map((t) => `tags : ${phrase(t)}`),
    ];
    const match = fts.length > 0 ? fts.join(' AND ') : null;
    if (q.category.length > 0) {
      const tree = this.tree();
      for (const c of q.category) {
        const ids = tree.subtree(c);
        if (ids.length === 0) return [];
        where.push(`m.category_id IN (${ids.map(() => '?').join(', ')})`);
        params.push(...ids);
      }
    }
    if (q.amountMin) {
      where.push(`m.amount_scaled ${q.amountMin.exclusive ? '>' : '>='} ?`);
      params.push(decimalToScaled(q.amountMin.value));
    }
    if (q.amountMax) {
      where.push(`m.amount_scaled ${q.amountMax.exclusive ? '<' : '<='} ?`);
      params.push(decimalToScaled(q.amountMax.value));
    }
    const dates: string[] = [];
    const dateParams: string[] = [];
    if (q.from) {
      dates.push('value_date >= ?');
      dateParams.push(q.from);
    }
    if (q.to) {
      dates.push('value_date <= ?');
      dateParams.push(q.to);
    }
    where.push(...dates.map((d) => `m.${d}`));
    params.push(...dateParams);
    const run = (conditions: string[], values: unknown[]) => {
      const sql = `SELECT m.position, m.event_id, m.event_type, m.account_id, a.name AS account_name, m.value_date,
          m.timestamp, m.amount_minor, m.currency, m.description, m.payee, m.category_id, m.tags,
          c.event_id AS corrects_event_id
        FROM movements m LEFT JOIN accounts a ON a.account_id = m.account_id
        LEFT JOIN movements c ON c.position = m.corrects_position
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY m.value_date DESC, m.position DESC LIMIT ?`;
      return this.db.prepare(sql).all(...values, limit) as MovementRow[];
    };
    const IN_FTS = 'm.position IN (SELECT rowid FROM movements_fts WHERE movements_fts MATCH ?)';
    // Only the matches from `rowid >= ?` on: FTS reads no more of its lists than the window needs.
    const IN_FTS_FROM =
      '+m.position IN (SELECT rowid FROM movements_fts WHERE movements_fts MATCH ? AND rowid >= ?)';
    // Two plans, the same answer. Few free-text matches: FTS finds them and they are sorted by
    // value date. Many: sorting (or even collecting) every match would dominate, so the newest
    // `window` movements by value date are looked at first (their boundary and smallest position
    // found on the covering date index): the date index is walked newest first inside the window,
    // membership tested against the matches from that smallest position on (`+` keeps the planner
    // off the rowid lookup). A full page inside the window is the answer; else a window 16 times
    // larger, else the first plan.
    const byDate =
      match !== null &&
      (plan === 'auto'
        ? (this.stmts.ftsCount.get(match) as { n: number }).n > SEARCH_MANY_MATCHES
        : plan === 'date');
    const inDates = dates.length > 0 ? `WHERE ${dates.join(' AND ')}` : '';
    const windowed = (size: number): MovementRow[] | null => {
      const w = this.db
        .prepare(
          `SELECT min(position) AS min_pos, count(*) AS n FROM (SELECT position FROM movements ${inDates}
            ORDER BY value_date DESC, position DESC LIMIT ?)`,
        )
        .get(...dateParams, size) as { min_pos: number | null; n: number };
      if (w.min_pos === null) return [];
      if (w.n < size) return run([IN_FTS_FROM, ...where], [match, w.min_pos, ...params]);
      const edge = this.db
        .prepare(
          `SELECT value_date, position FROM movements ${inDates}
            ORDER BY value_date DESC, position DESC LIMIT 1 OFFSET ?`,
        )
        .get(...dateParams, size - 1) as { value_date: string; position: number };
      const got = run(
        [IN_FTS_FROM, '(m.value_date, m.position) >= (?, ?)', ...where],
        [match, w.min_pos, edge.value_date, edge.position, ...params],
      );
      return got.length === limit ? got : null;
    };
    let rows: MovementRow[];
    if (match === null) {
      rows = run(where, params);
    } else if (!byDate) {
      rows = run([IN_FTS, ...where], [match, ...params]);
    } else {
      const size = Math.max(SEARCH_WINDOW, limit * 100);
      rows = windowed(size) ?? windowed(size * 16) ?? run([IN_FTS, ...where], [match, ...params]);
    }
    const tree = rows.some((r) => r.category_id) ? this.tree() : null;
    return rows.map((r) => ({
      position: r.position,
      eventId: r.event_id,
      eventType: r.event_type,
      accountId: r.account_id,
      accountName: r.account_name ?? '',
      valueDate: r.value_date,
      timestamp: r.timestamp,
      amount: { minor: r.amount_minor, currency: r.currency },
      description: r.description,
      category: r.category_id && tree ? tree.path(r.category_id) : null,
      payee: r.payee,
      tags: JSON.parse(r.tags) as string[],
      correctsEventId: r.corrects_event_id,
    }));
  }

  reportCategories(from: string, to: string): CategoryReportRow[] {
    return this.sumByPath(this.stmts.byCategory.all(from, to) as SumRow[]).map(({ month: _m, ...r }) => r);
  }

  reportMonthly(from: string, to: string): MonthlyCategoryRow[] {
    return this.sumByPath(this.stmts.byMonth.all(from, to) as SumRow[]).sort((a, b) =>
      a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
    );
  }

  /**
   * Sums under the categories' current paths (a merged category's ids all read as the one it was
   * merged into), sorted by path, "no category" last.
   */
  private sumByPath(rows: SumRow[]): MonthlyCategoryRow[] {
    const tree = this.tree();
    const sums = new Map<string, MonthlyCategoryRow>();
    for (const r of rows) {
      const category = r.category_id ? tree.path(r.category_id) : null;
      const key = `${r.month}\u0000${category ?? ''}\u0000${r.currency}`;
      const row = sums.get(key) ?? { month: r.month, category, total: { minor: 0, currency: r.currency } };
      row.total = { minor: row.total.minor + r.total, currency: r.currency };
      sums.set(key, row);
    }
    return [...sums.values()].sort((a, b) => {
      const x = a.category === null ? '\uffff' : foldText(a.category);
      const y = b.category === null ? '\uffff' : foldText(b.category);
      return x < y ? -1 : x > y ? 1 : a.total.currency < b.total.currency ? -1 : 1;
    });
  }

  /** Month-end balances per currency by value date, over the months with entries (or from..to). */
  reportNetWorth(from?: string, to?: string): NetWorthRow[] {
    const nets = new Map<string, Map<string, number>>();
    const add = (rows: { currency: string; month: string; net: number }[]) => {
      for (const r of rows) {
        const m = nets.get(r.currency) ?? new Map<string, number>();
        m.set(r.month, (m.get(r.month) ?? 0) + r.net);
        nets.set(r.currency, m);
      }
    };
    add(this.stmts.monthly.all() as never);
    add(this.stmts.openings.all() as never);
    const out: NetWorthRow[] = [];
    for (const currency of [...nets.keys()].sort()) {
      const byMonth = nets.get(currency)!;
      const months = [...byMonth.keys()].sort();
      const first = months[0]!;
      const last = to ? to.slice(0, 7) : months[months.length - 1]!;
      const start = from ? from.slice(0, 7) : first;
      let balance = 0;
      for (let m = first < start ? first : start; m <= last; m = nextMonth(m)) {
        balance += byMonth.get(m) ?? 0;
        if (m >= start) out.push({ month: m, currency, balance: { minor: balance, currency } });
      }
    }
    return out.sort((a, b) =>
      a.month < b.month ? -1 : a.month > b.month ? 1 : a.currency < b.currency ? -1 : 1,
    );
  }
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
