// The hash chain has no secret: anyone can recompute it. So import replays every event through
// the domain's rules and refuses the first one the rules would not have produced; nothing is
// imported. Each case mutates a valid export and recomputes the chain, as a forger would.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ledgerWithAccount, writeSealed, type Line } from './craft';

async function exported() {
  const l = await ledgerWithAccount();
  const file = join(l.dir, 'log.jsonl');
  expect((await cli(l.db, 'export', file)).code).toBe(0);
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((t) => JSON.parse(t) as Line);
  return { ...l, lines, file };
}

const last = (lines: Line[]) => lines[lines.length - 1]!;
const nextOf = (l: Line, patch: Partial<Line>): Line => ({
  ...l,
  eventId: '9a0b7c66-0000-4000-8000-0000000000' + String(10 + Number(l.version)),
  version: Number(l.version) + 1,
  ...patch,
});

const cases: Array<[string, (lines: Line[]) => Line[], RegExp]> = [
  [
    'a negative deposit',
    (ls) => [
      ...ls,
      nextOf(last(ls), { data: { ...last(ls).data, amount: { minor: -500, currency: 'EUR' } } }),
    ],
    /greater than zero/,
  ],
  [
    'a zero deposit',
    (ls) => [...ls, nextOf(last(ls), { data: { ...last(ls).data, amount: { minor: 0, currency: 'EUR' } } })],
    /greater than zero/,
  ],
  [
    'an overdraft',
    (ls) => [
      ...ls,
      nextOf(last(ls), {
        eventType: 'MoneyWithdrawn',
        data: { ...last(ls).data, amount: { minor: 1_000_000, currency: 'EUR' } },
      }),
    ],
    /Insufficient funds/,
  ],
  [
    'an amount in the wrong currency',
    (ls) => [
      ...ls,
      nextOf(last(ls), { data: { ...last(ls).data, amount: { minor: 100, currency: 'JPY' } } }),
    ],
    /JPY/,
  ],
  [
    'a second AccountCreated in the same stream',
    (ls) => [
      ...ls,
      nextOf(last(ls), {
        eventType: 'AccountCreated',
        data: ls[0]!.data,
        schemaVersion: ls[0]!.schemaVersion,
      }),
    ],
    /second AccountCreated/,
  ],
  ['a non-UUID event id', (ls) => [ls[0]!, { ...ls[1]!, eventId: 'not-a-uuid' }], /eventId/],
  ['a non-UUID aggregate id', (ls) => ls.map((l) => ({ ...l, aggregateId: 'acc-1' })), /aggregateId/],
  ['an unknown aggregate type', (ls) => ls.map((l) => ({ ...l, aggregateType: 'Wallet' })), /aggregateType/],
  ['schemaVersion 99', (ls) => [ls[0]!, { ...ls[1]!, schemaVersion: 99 }], /schema version 99/],
  [
    'a deposit after close',
    (ls) => [
      ...ls,
      nextOf(last(ls), { eventType: 'MoneyWithdrawn' }),
      {
        ...nextOf(last(ls), { eventType: 'AccountClosed', data: {}, schemaVersion: 1 }),
        version: Number(last(ls).version) + 2,
        eventId: '9a0b7c66-0000-4000-8000-000000000077',
      },
      {
        ...nextOf(last(ls), {}),
        version: Number(last(ls).version) + 3,
        eventId: '9a0b7c66-0000-4000-8000-000000000078',
      },
    ],
    /closed/,
  ],
];

describe('import replays the rules', () => {
  it.each(cases)('refuses %s, naming the line, and imports nothing', async (_name, mutate, message) => {
    const { lines, dir } = await exported();
    const forged = join(dir, 'forged.jsonl');
    writeSealed(forged, mutate(lines));
    const target = join(dir, 'imported.sqlite');
    const r = await cli(target, 'import', forged);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line \d+/);
    expect(r.err).toMatch(message);
    expect(existsSync(target)).toBe(false);
  });

  it('accepts the honest export, re-sealed the same way', async () => {
    const { lines, dir, accountId } = await exported();
    const again = join(dir, 'again.jsonl');
    writeSealed(again, lines);
    const target = join(dir, 'imported.sqlite');
    const r = await cli(target, 'import', again);
    expect(r.err).toBe('');
    expect((await cli(target, '--json', 'balance', accountId)).out).toContain('"minor":10000');
  });
});
