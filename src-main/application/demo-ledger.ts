// A demo ledger for a newcomer's first minutes: a year of household books in two currencies,
// entered through the same commands (and rules) as anything a user types. Every entry is dated
// in the past and recorded now, so the timeline shows both axes ("recorded on …"). Deterministic
// for a given "today": the same demo every time, so screenshots and tests can rely on it.
import { randomUUID } from 'node:crypto';
import type { MethodName } from '../../src-shared/contract';
import type { Ledger } from '../ledger';

/** A small seeded generator (mulberry32): the demo never depends on Math.random. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const cents = (minor: number): string => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

interface Entry {
  date: string;
  kind: 'deposit' | 'withdraw' | 'transfer';
  account: string;
  to?: string;
  minor: number;
  description: string;
}

const GROCERS = ['Marché Bio', 'Lidl', 'Carrefour', 'Bäckerei Müller', 'Café de la Gare'];

/** The year of entries, in value-date order (so the overdraft rule never trips). */
function entries(today: string): Entry[] {
  const r = seeded(2026);
  const amount = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const start = addDays(today, -364);
  const out: Entry[] = [];
  for (let d = 0; d < 364; d++) {
    const date = addDays(start, d);
    const day = Number(date.slice(8, 10));
    if (day === 1)
      out.push({ date, kind: 'withdraw', account: 'checking', minor: 95_000, description: 'Rent' });
    if (day === 25) {
      out.push({ date, kind: 'deposit', account: 'checking', minor: 310_000, description: 'Salary Alex' });
      out.push({ date, kind: 'deposit', account: 'checking', minor: 245_000, description: 'Salary Sam' });
    }
    if (day === 27)
      out.push({
        date,
        kind: 'transfer',
        account: 'checking',
        to: 'savings',
        minor: 40_000,
        description: 'Savings',
      });
    if (day === 5)
      out.push({
        date,
        kind: 'withdraw',
        account: 'checking',
        minor: amount(6_000, 14_000),
        description: 'Electricity and gas',
      });
    if (day === 12)
      out.push({ date, kind: 'withdraw', account: 'checking', minor: 3_999, description: 'Internet' });
    if (day === 15)
      out.push({
        date,
        kind: 'withdraw',
        account: 'usd',
        minor: 1_599,
        description: 'Streaming subscription',
      });
    if (d % 7 === 2) {
      const shop = GROCERS[Math.floor(r() * GROCERS.length)]!;
      out.push({
        date,
        kind: 'withdraw',
        account: 'checking',
        minor: amount(3_500, 16_000),
        description: `Groceries — ${shop}`,
      });
    }
    if (d % 14 === 6)
      out.push({
        date,
        kind: 'transfer',
        account: 'checking',
        to: 'cash',
        minor: 10_000,
        description: 'Cash machine',
      });
    if (d % 14 === 9)
      out.push({
        date,
        kind: 'withdraw',
        account: 'cash',
        minor: amount(1_000, 6_000),
        description: 'Market',
      });
    if (d % 45 === 20)
      out.push({
        date,
        kind: 'deposit',
        account: 'usd',
        minor: amount(40_000, 120_000),
        description: 'Freelance invoice',
      });
  }
  return out;
}

export interface DemoSummary {
  accounts: number;
  entries: number;
}

/** Writes the demo into an empty ledger (refused into one that already holds books). */
export async function writeDemoLedger(ledger: Ledger, today: string): Promise<DemoSummary> {
  if (ledger.store.headPosition() > 0) throw new Error('The demo is only written into an empty ledger');
  const call = async (name: MethodName, input: Record<string, unknown>) => {
    const r = await ledger.invoke(name, { commandId: randomUUID(), ...input });
    if (!r.ok) throw new Error(`demo ledger: ${name} refused: ${r.error.message}`);
    return r.value as { accountId?: string };
  };
  const opening = addDays(today, -365);
  const open = async (owner: string, name: string, type: string, currency: string, balance: string) =>
    (
      await call('openAccount', {
        owner,
        name,
        type,
        currency,
        openingBalance: balance,
        openingDate: opening,
      })
    ).accountId!;
  const ids: Record<string, string> = {
    checking: await open('Alex & Sam', 'Joint checking', 'checking', 'EUR', '2400.00'),
    savings: await open('Alex & Sam', 'Savings', 'savings', 'EUR', '8000.00'),
    cash: await open('Sam', 'Wallet', 'cash', 'EUR', '60.00'),
    usd: await open('Alex', 'US account', 'checking', 'USD', '350.00'),
  };
  const list = entries(today);
  for (const e of list) {
    const common = { amount: cents(e.minor), description: e.description, valueDate: e.date };
    if (e.kind === 'transfer')
      await call('transfer', { ...common, fromAccountId: ids[e.account], toAccountId: ids[e.to!] });
    else await call(e.kind, { ...common, accountId: ids[e.account] });
  }
  return { accounts: Object.keys(ids).length, entries: list.length };
}
