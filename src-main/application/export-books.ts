// Books out: the log folded into movements, written as CSV (one row per movement, with its
// category, payee and tags) or as an hledger journal (double entry: each movement between its
// account and its category's income or expense account, or an uncategorized one; transfers
// between the two accounts; opening balances against equity), so that `hledger -f FILE balance`
// gives the app's balances and its category totals. A movement's category, payee and tags are
// its latest (a MovementCategorized replaces them; a correction has its movement's), and a
// category is written under its current path (renames, moves and merges followed), as the
// reports show it. Pure: events in, text out.
import type { StoredEvent } from '../../src-shared/events';
import { toDecimalString, type Money } from '../../src-shared/money';
import { foldText } from '../../src-shared/search-query';

interface AccountInfo {
  id: string;
  owner: string;
  name: string;
  type: string;
  currency: string;
  openingDate: string;
  openingBalance: Money;
}

export interface ExportRow {
  valueDate: string;
  position: number;
  eventId: string;
  eventType: string;
  accountId: string;
  /** Signed: money in positive. */
  amount: Money;
  description: string;
  batchId: string;
  /** For a transfer: the other account. */
  counterpartyId: string;
  /** The category's current path, or '' (none). */
  category: string;
  payee: string;
  tags: readonly string[];
}

interface Meta {
  categoryId?: string | undefined;
  payee?: string | undefined;
  tags?: readonly string[] | undefined;
}

interface CategoryNode {
  name: string;
  parentId: string | undefined;
  mergedInto: string | undefined;
}

/** The current path of a category id (merges followed), or '' when unknown. */
function categoryPath(nodes: Map<string, CategoryNode>, id: string | undefined): string {
  if (id === undefined) return '';
  let n = nodes.get(id);
  for (let guard = 0; n?.mergedInto && guard < 100; guard++) n = nodes.get(n.mergedInto);
  const parts: string[] = [];
  for (let guard = 0; n && guard < 100; guard++) {
    parts.unshift(n.name);
    n = n.parentId ? nodes.get(n.parentId) : undefined;
  }
  return parts.join(':');
}

function fold(events: Iterable<StoredEvent>) {
  const accounts = new Map<string, AccountInfo>();
  const rows: ExportRow[] = [];
  const nodes = new Map<string, CategoryNode>();
  /** Each movement's latest category, payee and tags, by its event id. */
  const metas = new Map<string, Meta>();
  /** Whose meta a row shows: its own, or (a correction) the corrected movement's. */
  const metaOf = new Map<ExportRow, string>();
  const row = (
    e: StoredEvent,
    amount: Money,
    valueDate: string,
    description: string,
    counterpartyId = '',
  ) => {
    const r: ExportRow = {
      valueDate,
      position: e.position,
      eventId: e.eventId,
      eventType: e.eventType,
      accountId: e.aggregateId,
      amount,
      description,
      batchId: e.metadata.importBatchId ?? '',
      counterpartyId,
      category: '',
      payee: '',
      tags: [],
    };
    rows.push(r);
    metaOf.set(r, e.eventId);
    return r;
  };
  const meta = (e: StoredEvent & { data: Meta }) =>
    metas.set(e.eventId, { categoryId: e.data.categoryId, payee: e.data.payee, tags: e.data.tags });
  const neg = (m: Money) => ({ ...m, minor: -m.minor });
  for (const e of events) {
    switch (e.eventType) {
      case 'AccountCreated':
        accounts.set(e.aggregateId, {
          id: e.aggregateId,
          owner: e.data.owner,
          name: e.data.name,
          type: e.data.type,
          currency: e.data.currency,
          openingDate: e.data.openingDate,
          openingBalance: e.data.openingBalance,
        });
        break;
      case 'AccountOpeningDateSet': {
        const a = accounts.get(e.aggregateId);
        if (a) a.openingDate = e.data.openingDate;
        break;
      }
      case 'AccountRenamed': {
        const a = accounts.get(e.aggregateId);
        if (a) {
          a.name = e.data.name;
          if (e.data.owner !== undefined) a.owner = e.data.owner;
        }
        break;
      }
      case 'AccountOwnerChanged': {
        const a = accounts.get(e.aggregateId);
        if (a) a.owner = e.data.owner;
        break;
      }
      case 'MoneyDeposited':
        row(e, e.data.amount, e.data.valueDate, e.data.description ?? '');
        meta(e);
        break;
      case 'MoneyWithdrawn':
        row(e, neg(e.data.amount), e.data.valueDate, e.data.description ?? '');
        meta(e);
        break;
      case 'TransferSent':
        row(e, neg(e.data.amount), e.data.valueDate, e.data.description ?? '', e.data.toAccountId);
        meta(e);
        break;
      case 'TransferReceived':
        row(e, e.data.amount, e.data.valueDate, e.data.description ?? '', e.data.fromAccountId);
        meta(e);
        break;
      case 'MovementCorrected': {
        const r = row(
          e,
          e.data.direction === 'in' ? e.data.amount : neg(e.data.amount),
          e.data.valueDate,
          `Correction: ${e.data.reason}`,
          '',
        );
        metaOf.set(r, e.data.correctedEventId);
        break;
      }
      case 'MovementCategorized':
        metas.set(e.data.movementEventId, {
          categoryId: e.data.categoryId,
          payee: e.data.payee,
          tags: e.data.tags,
        });
        break;
      case 'CategoryCreated':
        nodes.set(e.data.categoryId, { name: e.data.name, parentId: e.data.parentId, mergedInto: undefined });
        break;
      case 'CategoryRenamed': {
        const n = nodes.get(e.data.categoryId);
        if (n) n.name = e.data.name;
        break;
      }
      case 'CategoryMoved': {
        const n = nodes.get(e.data.categoryId);
        if (n) n.parentId = e.data.parentId;
        break;
      }
      case 'CategoriesMerged': {
        const n = nodes.get(e.data.fromCategoryId);
        if (n) n.mergedInto = e.data.intoCategoryId;
        break;
      }
      case 'AccountReconciled':
      case 'AccountClosed':
      case 'CategoryArchived':
      case 'RuleAdded':
        break;
    }
  }
  for (const r of rows) {
    const m = metas.get(metaOf.get(r)!);
    r.category = categoryPath(nodes, m?.categoryId);
    r.payee = m?.payee ?? '';
    r.tags = m?.tags ?? [];
  }
  rows.sort((a, b) =>
    a.valueDate < b.valueDate ? -1 : a.valueDate > b.valueDate ? 1 : a.position - b.position,
  );
  return { accounts, rows };
}

const csvField = (s: string) => (/[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per movement (value-date order), optionally of one account. */
export function exportCsv(events: Iterable<StoredEvent>, accountId?: string): string {
  const { accounts, rows } = fold(events);
  const head = [
    'valueDate',
    'amount',
    'currency',
    'account',
    'owner',
    'payee',
    'category',
    'tags',
    'description',
    'type',
    'eventId',
    'accountId',
    'counterpartyId',
    'importBatchId',
  ];
  const lines = rows
    .filter((r) => accountId === undefined || r.accountId === accountId)
    .map((r) => {
      const a = accounts.get(r.accountId);
      return [
        r.valueDate,
        toDecimalString(r.amount),
        r.amount.currency,
        a?.name ?? '',
        a?.owner ?? '',
        r.payee,
        r.category,
        r.tags.join(';'),
        r.description,
        r.eventType,
        r.eventId,
        r.accountId,
        r.counterpartyId,
        r.batchId,
      ]
        .map(csvField)
        .join(',');
    });
  return [head.join(','), ...lines].join('\n') + '\n';
}

/** An hledger account-name part: no colons, no runs of spaces, no comment characters. */
const part = (s: string) =>
  s
    .replace(/[:;#|()[\]\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() || '-';

const text = (s: string) =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/;/g, ',')
    .trim();

/**
 * The income or expense account of a category path: `Income:Salary` → `income:Salary`, any other
 * (`Food:Groceries`) → `expenses:Food:Groceries`; a top level named `Expenses` is not repeated.
 */
export function categoryAccount(path: string): string {
  const [top = '', ...rest] = path.split(':');
  const root = foldText(top);
  if (root === 'income' || root === 'expenses') return [root, ...rest.map(part)].join(':');
  return ['expenses', top, ...rest].map(part).join(':');
}

/** `; event:ID, tag1:, tag2:` (hledger tags; a tag has no spaces or commas, see TagName). */
const comment = (eventId: string, tags: readonly string[]) =>
  `; ${[`event:${eventId}`, ...tags.map((t) => `${t.replace(/[:\s,]/g, '-')}:`)].join(', ')}`;

export function exportHledger(events: Iterable<StoredEvent>): string {
  const { accounts, rows } = fold(events);
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const a of accounts.values()) {
    const top = a.type === 'credit-card' ? 'liabilities' : 'assets';
    let n = `${top}:${part(a.owner)}:${part(a.name)}`;
    if (used.has(n)) n = `${n} ${a.id.slice(0, 8)}`;
    used.add(n);
    names.set(a.id, n);
  }
  const amount = (m: Money) => `${toDecimalString(m)} ${m.currency}`;
  const txns: Array<{ date: string; position: number; lines: string[] }> = [];
  for (const a of accounts.values()) {
    if (a.openingBalance.minor === 0) continue;
    txns.push({
      date: a.openingDate,
      position: 0,
      lines: [
        `${a.openingDate} Opening balance`,
        `    ${names.get(a.id)}  ${amount(a.openingBalance)}`,
        '    equity:opening-balances',
      ],
    });
  }
  for (const r of rows) {
    if (r.eventType === 'TransferSent') continue; // written once, from the receiving side
    const account = names.get(r.accountId) ?? `assets:unknown:${r.accountId}`;
    const counter =
      r.eventType === 'TransferReceived'
        ? (names.get(r.counterpartyId) ?? `assets:unknown:${r.counterpartyId}`)
        : r.category !== ''
          ? categoryAccount(r.category)
          : r.eventType === 'MovementCorrected'
            ? r.amount.minor < 0
              ? 'income:uncategorized'
              : 'expenses:uncategorized'
            : r.amount.minor > 0
              ? 'income:uncategorized'
              : 'expenses:uncategorized';
    const note = text(r.description);
    // hledger's `payee | note`: the payee is what comes before the first `|`.
    const payee = text(r.payee).replace(/\|/g, '/');
    const desc =
      payee !== ''
        ? note === ''
          ? payee
          : `${payee} | ${note}`
        : note || (r.eventType === 'TransferReceived' ? 'Transfer' : r.eventType);
    txns.push({
      date: r.valueDate,
      position: r.position,
      lines: [
        `${r.valueDate} ${desc}  ${comment(r.eventId, r.tags)}`,
        `    ${account}  ${amount(r.amount)}`,
        `    ${counter}`,
      ],
    });
  }
  txns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.position - b.position));
  return ['; Exported by Ledger', ...txns.map((t) => ['', ...t.lines].join('\n'))].join('\n') + '\n';
}
