// Tamper evidence: flipping one byte of one stored event, in the file itself, makes verify fail
// at that event's position; the CLI reports it with exit code 4.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { runCli } from '../../src-main/cli/main';
import { tempLedgerPath } from '../support/temp-dir';

const S = '40000000-0000-4000-8000-000000000001';

function makeLedger(path: string): void {
  const { db, store } = openStore(path);
  store.append(S, 'Account', 'no_stream', [
    {
      type: 'AccountCreated',
      data: {
        owner: 'Ann',
        name: 'Ann',
        type: 'checking',
        currency: 'EUR',
        openingBalance: { minor: 0, currency: 'EUR' },
        openingDate: '2026-01-01',
      },
    },
  ]);
  for (let i = 1; i <= 20; i++) {
    store.append(S, 'Account', 'any', [
      {
        type: 'MoneyDeposited',
        data: {
          amount: { minor: 1000 + i, currency: 'EUR' },
          valueDate: '2026-01-02',
          description: `marker-${String(i).padStart(3, '0')}`,
        },
      },
    ]);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Changes one byte inside the stored text of the deposit with description marker-NNN. */
function flipByteOf(path: string, marker: string): void {
  const buf = readFileSync(path);
  // Page splits can leave stale copies of a cell in free pages: change every copy, so the
  // live row is certainly among them.
  let found = 0;
  for (let at = buf.indexOf(marker); at >= 0; at = buf.indexOf(marker, at + 1)) {
    buf[at] = buf[at]! ^ 0x01; // 'm' -> 'l': still valid JSON, a different description
    found++;
  }
  expect(found).toBeGreaterThan(0);
  writeFileSync(path, buf);
}

describe('tamper evidence', () => {
  it.each([3, 11, 20])('a flipped byte in the event at position %i breaks the chain there', async (n) => {
    const path = tempLedgerPath();
    makeLedger(path);
    flipByteOf(path, `marker-${String(n).padStart(3, '0')}`);
    const { db, store } = openStore(path);
    const report = store.verify();
    db.close();
    expect(report.ok).toBe(false);
    expect(report.brokenAt).toBe(n + 1);
    expect(report.checked).toBe(n);
    expect(report.message).toContain(`position ${n + 1}`);

    const err: string[] = [];
    const code = await runCli(['--db', path, 'verify'], { out: () => {}, err: (t) => err.push(t), env: {} });
    expect(code).toBe(4);
    expect(err.join('\n')).toContain(`hash chain broken at position ${n + 1}`);
  });

  it('an untouched file verifies', async () => {
    const path = tempLedgerPath();
    makeLedger(path);
    const out: string[] = [];
    expect(await runCli(['--db', path, 'verify'], { out: (t) => out.push(t), err: () => {}, env: {} })).toBe(
      0,
    );
    expect(out[0]).toBe('All 21 events verified');
  });
});
