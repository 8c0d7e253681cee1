// The forger's search, automated: random mutations of a valid export, re-sealed with a valid
// hash chain (the chain has no secret), are either refused with nothing written, or accepted only
// when an independent fold of the ledger's rules, written here from the README and not from the
// domain code, accepts them, and then the imported balances are that fold's balances.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ledgerWithAccount, writeSealed, type Line } from './craft';

const TYPES = ['AccountCreated', 'MoneyDeposited', 'MoneyWithdrawn'] as const;
const CURRENCIES = ['EUR', 'JPY', 'USD'] as const;
const MOVEMENT_KEYS = new Set(['amount', 'valueDate', 'description', 'payee', 'categoryId', 'tags']);
const isDate = (d: unknown): d is string =>
  typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

interface RefAccount {
  currency: string;
  balance: number;
  openingDate: string;
  version: number;
}

/** The rules as the README states them, folded independently: the balances, or why not. */
function referenceFold(lines: Line[]): { ok: true; balances: Map<string, number> } | { ok: false } {
  const accounts = new Map<string, RefAccount>();
  const ids = new Set<string>();
  for (const l of lines) {
    const id = String(l.aggregateId);
    const s = accounts.get(id);
    if (ids.has(String(l.eventId))) return { ok: false };
    ids.add(String(l.eventId));
    if (l.aggregateType !== 'Account' || Number(l.version) !== (s?.version ?? 0) + 1) return { ok: false };
    const d = l.data as Record<string, unknown>;
    if (l.eventType === 'AccountCreated') {
      const opening = d.openingBalance as { minor?: unknown; currency?: unknown } | undefined;
      const minor = opening?.minor ?? 0;
      if (s || typeof d.currency !== 'string' || !CURRENCIES.includes(d.currency as never))
        return { ok: false };
      if (!Number.isSafeInteger(minor) || (minor as number) < 0) return { ok: false };
      if (opening && opening.currency !== d.currency) return { ok: false };
      if (!isDate(d.openingDate)) return { ok: false };
      accounts.set(id, {
        currency: d.currency,
        balance: minor as number,
        openingDate: d.openingDate,
        version: 1,
      });
      continue;
    }
    if (!s) return { ok: false };
    const amount = d.amount as { minor?: unknown; currency?: unknown } | undefined;
    if (!amount || Object.keys(d).some((k) => !MOVEMENT_KEYS.has(k))) return { ok: false };
    const minor = amount.minor;
    if (!Number.isSafeInteger(minor) || (minor as number) <= 0 || amount.currency !== s.currency)
      return { ok: false };
    if (!isDate(d.valueDate) || d.valueDate < s.openingDate) return { ok: false };
    const next =
      l.eventType === 'MoneyDeposited' ? s.balance + (minor as number) : s.balance - (minor as number);
    // The overdraft rule (README): the total balance never goes below zero; and it stays exact.
    if (next < 0 || !Number.isSafeInteger(next)) return { ok: false };
    s.balance = next;
    s.version += 1;
  }
  return { ok: true, balances: new Map([...accounts].map(([id, a]) => [id, a.balance])) };
}

type Mutation =
  | { kind: 'amount'; at: number; minor: number }
  | { kind: 'currency'; at: number; currency: string }
  | { kind: 'type'; at: number; type: string }
  | { kind: 'valueDate'; at: number; date: string }
  | { kind: 'stream'; at: number; other: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'drop'; at: number }
  | { kind: 'swap'; at: number; with: number };

const at = fc.nat(40);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('amount' as const),
    at,
    minor: fc.oneof(
      fc.integer({ min: -2000, max: 20_000 }),
      fc.constantFrom(0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1.5),
    ),
  }),
  fc.record({ kind: fc.constant('currency' as const), at, currency: fc.constantFrom(...CURRENCIES) }),
  fc.record({ kind: fc.constant('type' as const), at, type: fc.constantFrom(...TYPES) }),
  fc.record({
    kind: fc.constant('valueDate' as const),
    at,
    date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-01-05', '2026-02-30', '2026-13-01', '26-01-02'),
  }),
  fc.record({ kind: fc.constant('stream' as const), at, other: fc.nat(5) }),
  fc.record({ kind: fc.constant('duplicate' as const), at }),
  fc.record({ kind: fc.constant('drop' as const), at }),
  fc.record({ kind: fc.constant('swap' as const), at, with: at }),
);

let freshIds = 0;
const freshId = () => `7f000000-0000-4000-8000-${String(++freshIds).padStart(12, '0')}`;

function mutate(base: Line[], ms: Mutation[], renumber: boolean): Line[] {
  let ls = base.map((l) => structuredClone(l));
  const streams = [...new Set(base.map((l) => String(l.aggregateId)))];
  for (const m of ms) {
    if (ls.length === 0) break;
    const i = m.at % ls.length;
    const l = ls[i]!;
    const amount = l.data.amount as { minor: number; currency: string } | undefined;
    switch (m.kind) {
      case 'amount':
        if (amount) amount.minor = m.minor;
        else l.data.openingBalance = { minor: m.minor, currency: l.data.currency };
        break;
      case 'currency':
        if (amount) amount.currency = m.currency;
        else l.data.currency = m.currency;
        break;
      case 'type':
        l.eventType = m.type;
        break;
      case 'valueDate':
        if (amount) l.data.valueDate = m.date;
        else l.data.openingDate = m.date;
        break;
      case 'stream':
        l.aggregateId = streams[m.other % streams.length];
        break;
      case 'duplicate':
        ls.splice(i + 1, 0, { ...structuredClone(l), eventId: freshId() });
        break;
      case 'drop':
        ls.splice(i, 1);
        break;
      case 'swap': {
        const j = m.with % ls.length;
        [ls[i], ls[j]] = [ls[j]!, ls[i]!];
        break;
      }
    }
  }
  if (renumber) {
    // A careful forger also renumbers the stream versions, so the rules, not the version check,
    // are what must refuse.
    const v = new Map<string, number>();
    ls = ls.map((l) => {
      const n = (v.get(String(l.aggregateId)) ?? 0) + 1;
      v.set(String(l.aggregateId), n);
      return { ...l, version: n };
    });
  }
  return ls;
}

async function baseExport() {
  const l = await ledgerWithAccount();
  const jpy = await cli(
    l.db,
    'open-account',
    '--owner',
    'Bo',
    '--currency',
    'JPY',
    '--value-date',
    '2026-01-03',
  );
  const b = jpy.out.trim();
  for (const args of [
    ['deposit', b, '5000', '--value-date', '2026-01-04'],
    ['withdraw', l.accountId, '30.00', '--value-date', '2026-01-05'],
    ['withdraw', b, '1200', '--value-date', '2026-01-06'],
    ['deposit', l.accountId, '12.34', '--value-date', '2026-01-07', '--description', 'Café'],
  ]) {
    const r = await cli(l.db, ...args);
    if (r.code !== 0) throw new Error(r.err);
  }
  const file = join(l.dir, 'base.jsonl');
  expect((await cli(l.db, 'export', file)).code).toBe(0);
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((t) => JSON.parse(t) as Line);
  return { dir: l.dir, lines };
}

describe('imports of mutated exports (fast-check)', () => {
  it('are refused, or accepted only when an independent fold of the rules accepts them', async () => {
    const { dir, lines } = await baseExport();
    expect(referenceFold(lines).ok).toBe(true);
    let run = 0;
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 3 }), fc.boolean(), async (ms, renumber) => {
        const forged = mutate(lines, ms, renumber);
        const file = join(dir, `forged-${++run}.jsonl`);
        writeSealed(file, forged);
        const target = join(dir, `imported-${run}.sqlite`);
        const r = await cli(target, 'import', file);
        const ref = referenceFold(forged);
        if (r.code !== 0) {
          seen.refused++;
          expect(r.code, r.err).toBe(2);
          expect(existsSync(target), 'a refused import wrote a ledger').toBe(false);
          return;
        }
        seen.accepted++;
        expect(ref.ok, `imported a log the rules refuse: ${JSON.stringify(ms)} renumber=${renumber}`).toBe(
          true,
        );
        if (!ref.ok) return;
        const listed = await cli(target, 'accounts', '--json');
        const got = new Map(
          (JSON.parse(listed.out) as Array<{ accountId: string; balance: { minor: number } }>).map((a) => [
            a.accountId,
            a.balance.minor,
          ]),
        );
        expect(got).toEqual(ref.balances);
      }),
      { numRuns: 150 },
    );
    // Not vacuous: both sides of the property were exercised.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 120_000);
});
