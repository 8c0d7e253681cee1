// QIF (Quicken Interchange Format): bank, cash, credit card and other-asset/liability sections.
// Records are lines of one-letter fields ended by '^'. Split lines (S category, E memo, $ amount)
// stay one movement with the transaction's total; their category is kept when there is one.
import type { Money } from '../../src-shared/money';
import { inferDecimal, parseStatementAmount } from './amounts';
import { decodeStatement } from './decode';
import { invalid, unreadable } from './errors';
import { detectQifDateOrder, qifDate, splitQifDate, type QifDateOrder } from './qif-dates';
import { TextFields } from './text';
import type {
  BaseParseOptions,
  DecimalSeparator,
  EncodingName,
  ParsedStatement,
  StatementLine,
} from './types';

export interface QifOptions extends BaseParseOptions {
  /** Day/month order of the D lines; detected when absent. */
  dateOrder?: QifDateOrder;
  decimal?: DecimalSeparator;
}

const TRANSACTION_TYPES = new Map([
  ['bank', 'Bank'],
  ['cash', 'Cash'],
  ['ccard', 'CCard'],
  ['oth a', 'Oth A'],
  ['oth l', 'Oth L'],
]);

interface Field {
  code: string;
  value: string;
  line: number;
}

interface RawRecord {
  line: number;
  fields: Field[];
}

export function parseQif(bytes: Uint8Array, options: QifOptions): ParsedStatement {
  const { text, encoding } = decodeStatement(bytes, options.encoding);
  return parseQifText(text, encoding, options);
}

export function parseQifText(text: string, encoding: EncodingName, options: QifOptions): ParsedStatement {
  const { records, type } = readRecords(text);
  const notes: string[] = [];
  const dates = records.flatMap((r) =>
    r.fields.filter((f) => f.code === 'D').map((f) => ({ text: f.value, line: f.line })),
  );
  let order = options.dateOrder;
  if (!order) {
    const guess = detectQifDateOrder(dates);
    order = guess.order;
    if (guess.assumed)
      notes.push(
        `Dates were read ${order === 'MDY' ? 'month first' : 'day first'}: the file does not make the order clear`,
      );
  }
  const amounts = records.flatMap((r) => r.fields.filter((f) => 'TU$'.includes(f.code)).map((f) => f.value));
  const decimal = options.decimal ?? inferDecimal(amounts) ?? '.';
  const fields = new TextFields(notes);
  const lines = records.map((r) => toLine(r, order, decimal, options.currency, fields, notes));
  return { format: 'qif', formatVersion: type, encoding, lines, notes };
}

function readRecords(text: string): { records: RawRecord[]; type: string } {
  const records: RawRecord[] = [];
  let section: 'transactions' | 'account' | 'other' | null = null;
  let type: string | undefined;
  let account: string | undefined;
  const accounts = new Map<string, number>(); // account name -> first transaction line
  let current: Field[] = [];
  const finish = () => {
    if (current.length === 0) return;
    if (section === 'transactions') {
      records.push({ line: current[0]!.line, fields: current });
      if (account !== undefined && !accounts.has(account)) accounts.set(account, current[0]!.line);
    } else if (section === 'account') account = current.find((f) => f.code === 'N')?.value.trim();
    current = [];
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trimEnd();
    if (s.trim() === '') return;
    if (s.startsWith('!')) {
      finish();
      const head = s.slice(1).trim();
      const typeMatch = /^type\s*:\s*(.*)$/i.exec(head);
      if (typeMatch) {
        const name = typeMatch[1]!.trim().toLowerCase();
        if (name === 'invst')
          throw unreadable(
            'This is an investment account: only bank, cash and credit card accounts can be imported',
            { line },
          );
        type = TRANSACTION_TYPES.get(name.replace(/\s+/g, ' ')) ?? type;
        section = TRANSACTION_TYPES.has(name.replace(/\s+/g, ' ')) ? 'transactions' : 'other';
      } else if (/^account\b/i.test(head)) section = 'account';
      // !Option:AutoSwitch and !Clear:AutoSwitch only frame account lists.
      return;
    }
    if (section === null)
      throw unreadable('This is not a QIF file: it does not start with a !Type header', { line });
    if (s.trim() === '^') return finish();
    current.push({ code: s[0]!.toUpperCase(), value: s.slice(1), line });
  });
  finish(); // the last record's '^' is often missing
  if (accounts.size > 1) {
    const names = [...accounts.keys()].map((n) => `"${n}"`).join(', ');
    throw invalid(
      `The file holds transactions of ${accounts.size} accounts (${names}): export one account at a time`,
      {
        line: [...accounts.values()][1]!,
      },
    );
  }
  if (type === undefined) throw unreadable('The QIF file has no bank, cash or credit card section');
  return { records, type };
}

function toLine(
  r: RawRecord,
  order: QifDateOrder,
  decimal: DecimalSeparator,
  currency: string,
  fields: TextFields,
  notes: string[],
): StatementLine {
  const get = (code: string) => r.fields.find((f) => f.code === code);
  const d = get('D');
  if (!d) throw invalid('This transaction has no date (D line)', { line: r.line });
  const parts = splitQifDate(d.value);
  const date = parts && qifDate(parts, order);
  if (!date) {
    const shown = order === 'YMD' ? 'year-month-day' : order === 'MDY' ? 'month/day/year' : 'day/month/year';
    throw invalid(`The date "${d.value.trim().slice(0, 40)}" is not a valid ${shown} date`, { line: d.line });
  }
  const money = (f: Field): Money =>
    parseStatementAmount(f.value, currency, { decimal, grouping: true }, { line: f.line }).money;
  const splits = r.fields.filter((f) => f.code === '$').map(money);
  const total = get('T') ?? get('U');
  let amount: Money;
  if (total) amount = money(total);
  else if (splits.length) {
    const minor = splits.reduce((n, m) => n + m.minor, 0);
    if (!Number.isSafeInteger(minor))
      throw invalid('The split amounts add up to more than the ledger can hold', { line: r.line });
    amount = { minor, currency };
  } else throw invalid('This transaction has no amount (T line)', { line: r.line });

  const line: StatementLine = { source: { line: r.line }, bookingDate: date, valueDate: date, amount };
  const payee = fields.text(get('P')?.value, 'payee', r.line);
  const description = fields.text(get('M')?.value, 'memo', r.line);
  const splitCategories = [
    ...new Set(
      r.fields
        .filter((f) => f.code === 'S')
        .map((f) => f.value.trim())
        .filter(Boolean),
    ),
  ];
  let categoryText = get('L')?.value.trim();
  if (!categoryText || categoryText === '--Split--') {
    categoryText = splitCategories.length === 1 ? splitCategories[0] : undefined;
    if (splitCategories.length > 1) {
      notes.push(
        `Line ${r.line}: split across ${splitCategories.join(', ')}; imported as one movement without a category`,
      );
    }
  }
  const category = fields.text(categoryText, 'category', r.line);
  const checkNumber = fields.ref(get('N')?.value, 'check number', { line: get('N')?.line ?? r.line });
  if (payee !== undefined) line.payee = payee;
  if (description !== undefined) line.description = description;
  if (category !== undefined) line.category = category;
  if (checkNumber !== undefined) line.checkNumber = checkNumber;
  return line;
}
