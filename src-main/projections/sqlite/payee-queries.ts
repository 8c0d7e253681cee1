// The `payees` query: a range of the payees' keys (the folded prefix), most used first, with the
// last category under its current path (merges and renames followed by the category tree).
import type Database from 'better-sqlite3';
import type { PayeeView } from '../../../src-shared/contract';
import type { CategoryTree } from './category-queries';
import { payeeKey } from './payees';
import { lazyStatements } from './rows';

/** Above every character a folded key can continue with: the prefix's range ends here. */
const TOP = '\u{10FFFF}';

export class PayeeQueries {
  private readonly stmts;
  constructor(db: Database.Database) {
    this.stmts = lazyStatements(db, {
      range: `SELECT name, use_count, last_category_id FROM payees WHERE payee_key >= ? AND payee_key < ?
        ORDER BY use_count DESC, payee_key LIMIT ?`,
    });
  }

  payees(tree: CategoryTree, prefix: string, limit: number): PayeeView[] {
    const key = prefix.trim() === '' ? '' : payeeKey(prefix);
    const rows = this.stmts.range.all(key, `${key}${TOP}`, limit) as Array<{
      name: string;
      use_count: number;
      last_category_id: string | null;
    }>;
    return rows.map((r) => ({
      name: r.name,
      lastCategory: r.last_category_id === null ? null : tree.path(r.last_category_id),
      count: r.use_count,
    }));
  }
}
