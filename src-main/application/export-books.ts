// Books out: the log folded into movements, written as CSV (one row per movement) or as an
// hledger journal (double entry: each movement between its account and an uncategorized income or
// expense account, transfers between the two accounts, opening balances against equity), so that
// `hledger -f FILE balance` gives the app's balances. Pure: events in, text out.
import type { StoredEvent } from '../../src-shared/events';
import { toDecimalString, type Money } from '../../src-shared/money';

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
}

function fold(events: Iterable<StoredEvent>) {
  const accounts = new Map<string, AccountInfo>();
  const rows: ExportRow[] = [];
  const row = (e: StoredEvent, amount: Money, valueDate: string, description: string, counterpartyId = '') =>
    rows.push({
      valueDate,
      position: e.position,
      eventId: e.eventId,
      eventType: e.eventType,
      accountId: e.aggregateId,
      amount,
      description,
      batchId: e.metadata.importBatchId ?? '',
      counterpartyId,
    });
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
        break;
      case 'MoneyWithdrawn':
        row(e, neg(e.data.amount), e.data.valueDate, e.data.description ?? '');
        break;
      case 'TransferSent':
        row(e, neg(e.data.amount), e.data.valueDate, e.data.description ?? '', e.data.toAccountId);
        break;
      case 'TransferReceived':
        row(e, e.data.amount, e.data.valueDate, e.data.description ?? '', e.data.fromAccountId);
        break;
      case 'MovementCorrected':
        row(
          e,
          e.data.direction === 'in' ? e.data.amount : neg(e.data.amount),
          e.data.valueDate,
          `Correction: ${e.data.reason}`,
          '',
        );
        break;
      // Categories and payees are not part of the books' export (yet).
      case 'AccountReconciled':
      case 'AccountClosed':
      case 'MovementCategorized':
      case 'CategoryCreated':
      case 'CategoryRenamed':
      case 'CategoryMoved':
      case 'CategoriesMerged':
      case 'CategoryArchived':
      case 'RuleAdded':
        break;
    }
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
        '',
        '',
        '',
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
        : r.eventType === 'MovementCorrected'
          ? r.amount.minor < 0
            ? 'income:uncategorized'
            : 'expenses:uncategorized'
          : r.amount.minor > 0
            ? 'income:uncategorized'
            : 'expenses:uncategorized';
    const desc = text(r.description) || (r.eventType === 'TransferReceived' ? 'Transfer' : r.eventType);
    txns.push({
      date: r.valueDate,
      position: r.position,
      lines: [
        `${r.valueDate} ${desc}  ; event:${r.eventId}`,
        `    ${account}  ${amount(r.amount)}`,
        `    ${counter}`,
      ],
    });
  }
  txns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.position - b.position));
  return ['; Exported by Ledger', ...txns.map((t) => ['', ...t.lines].join('\n'))].join('\n') + '\n';
}
