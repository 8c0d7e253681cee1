// Queries over the statement side of the books: the import history (the `imports` projection)
// and what reconciliation cleared (read from the timeline: an AccountReconciled entry R clears
// every entry of its account before it in the log with a value date on or before R's date).
import type Database from 'better-sqlite3';
import type { ImportBatchView } from '../../../src-shared/contract';
import { lazyStatements } from './rows';

interface ImportRow {
  batch_id: string;
  account_id: string;
  name: string | null;
  file_name: string | null;
  format: string | null;
  line_count: number;
  total_minor: number;
  currency: string;
  imported_at: string;
  first_position: number;
  last_position: number;
  reversed_count: number;
}

/** A reconciliation: its position in the log and its date. */
export interface Reconciliation {
  position: number;
  date: string;
}

/**
 * For each reconciliation (in position order) the latest date any reconciliation at or after it
 * clears: an entry before position p_k (and after p_{k-1}) is cleared iff its value date is on or
 * before that date.
 */
export function clearingSegments(
  recs: readonly Reconciliation[],
): Array<{ after: number; before: number; upTo: string }> {
  const out: Array<{ after: number; before: number; upTo: string }> = [];
  let upTo = '';
  for (let k = recs.length - 1; k >= 0; k--) {
    if (recs[k]!.date > upTo) upTo = recs[k]!.date;
    out.unshift({ after: k > 0 ? recs[k - 1]!.position : 0, before: recs[k]!.position, upTo });
  }
  return out;
}

/** Whether an entry (position, value date) is cleared, given the account's segments. */
export function isCleared(
  segments: ReadonlyArray<{ after: number; before: number; upTo: string }>,
  position: number,
  valueDate: string,
): boolean {
  const s = segments.find((x) => position > x.after && position < x.before);
  return s !== undefined && valueDate <= s.upTo;
}

export class StatementQueries {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = lazyStatements(db, {
      imports: `SELECT i.*, a.name FROM imports i LEFT JOIN accounts a ON a.account_id = i.account_id
                 WHERE @account IS NULL OR i.account_id = @account
                 ORDER BY i.first_position DESC`,
      reconciliations: `SELECT position, value_date AS date FROM timeline
                         WHERE account_id = ? AND event_type = 'AccountReconciled' ORDER BY position`,
      clearedSum: `SELECT coalesce(sum(delta), 0) FROM timeline
                    WHERE account_id = ? AND position > ? AND position < ? AND value_date <= ?`,
    });
  }

  imports(accountId?: string): ImportBatchView[] {
    return (this.stmts.imports.all({ account: accountId ?? null }) as ImportRow[]).map((r) => ({
      batchId: r.batch_id,
      accountId: r.account_id,
      accountName: r.name ?? '',
      fileName: r.file_name,
      format: r.format,
      lines: r.line_count,
      total: { minor: r.total_minor, currency: r.currency },
      importedAt: r.imported_at,
      position: r.last_position,
      reversed: r.reversed_count,
      undone: r.reversed_count >= r.line_count,
    }));
  }

  reconciliations(accountId: string): Reconciliation[] {
    return this.stmts.reconciliations.all(accountId) as Reconciliation[];
  }

  /** The sum of the account's cleared entries (its opening balance among them, once cleared). */
  clearedBalance(accountId: string): { minor: number; reconciledOn: string | null } {
    const recs = this.reconciliations(accountId);
    let minor = 0;
    for (const s of clearingSegments(recs))
      minor += this.stmts.clearedSum.pluck().get(accountId, s.after, s.before, s.upTo) as number;
    return { minor, reconciledOn: recs.length > 0 ? recs[recs.length - 1]!.date : null };
  }
}
