// A rebuild of a large log (200,000 events) in the worker while commands keep coming: every
// command succeeds, the swapped read model includes them, and no query during the rebuild sees
// an empty or partial read model. Progress pushes carry done/total/rate; the end is 'done' + verified.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RebuildStatus } from '../../src-shared/contract';
import {
  foldBalances,
  generateEvents,
  shadowTables,
  tempLedger,
  type TempLedger,
} from '../support/ledger-fixtures';

const EVENTS = 200_000;
let t: TempLedger;
let accountIds: string[];

beforeAll(() => {
  t = tempLedger();
  accountIds = generateEvents(t.ledger, EVENTS, { seed: 2024 }).accountIds;
}, 120_000); // generating the log on a busy machine can take longer than the default hook timeout
afterAll(() => t.dispose());

const balancesTable = () =>
  new Map(
    (
      t.ledger.storage.db.prepare('SELECT account_id, balance_minor FROM balances').all() as Array<{
        account_id: string;
        balance_minor: number;
      }>
    ).map((r) => [r.account_id, r.balance_minor]),
  );

describe('rebuild of a large log while commands run', () => {
  it('commands succeed, queries never see a partial read model, the swap includes every command', async () => {
    const { ledger } = t;
    const pushes: RebuildStatus[] = [];
    const changed: number[] = [];
    ledger.onPush((name, payload) => {
      if (name === 'rebuildProgress') pushes.push(payload as RebuildStatus);
      if (name === 'ledgerChanged') changed.push((payload as { position: number }).position);
    });
    const accountsBefore = (await ledger.invoke('listAccounts', {})) as { ok: true; value: unknown[] };
    const nAccounts = accountsBefore.value.length;
    expect(nAccounts).toBe(accountIds.length);
    let timelineFloor = ledger.store.headPosition();
    expect(timelineFloor).toBe(EVENTS);

    const started = await ledger.invoke('startRebuild', {});
    expect(started.ok && started.value.state).toBe('running');
    // A second start while one runs is refused, not queued or doubled.
    const twice = await ledger.invoke('startRebuild', {});
    expect(twice.ok).toBe(false);
    expect(!twice.ok && twice.error.code).toBe('conflict');

    const positions: number[] = [];
    let i = 0;
    let polls = 0;
    const failures: unknown[] = [];
    const newAccounts: string[] = [];
    let otherEvents = 0;
    while (ledger.rebuilds.running) {
      const accountId = accountIds[(i * 7919) % accountIds.length]!;
      const r = await ledger.invoke('deposit', {
        commandId: `during-rebuild-${i++}`,
        accountId,
        amount: '1.01',
        description: 'during the rebuild',
      });
      if (r.ok) positions.push(r.value.position);
      else failures.push(r.error);
      let last = r.ok ? r.value.position : 0;
      if (i % 20 === 0) {
        // Now and then other kinds of commands: a new account, a transfer into it, a rename.
        const opened = await ledger.invoke('openAccount', {
          commandId: `open-during-rebuild-${i}`,
          owner: `New ${i}`,
          currency: 'EUR',
        });
        if (!opened.ok) failures.push(opened.error);
        else {
          newAccounts.push(opened.value.accountId);
          const tr = await ledger.invoke('transfer', {
            commandId: `transfer-during-rebuild-${i}`,
            fromAccountId: accountId,
            toAccountId: opened.value.accountId,
            amount: '1.00',
          });
          const rn = await ledger.invoke('changeOwner', {
            commandId: `rename-during-rebuild-${i}`,
            accountId: opened.value.accountId,
            owner: `Renamed ${i}`,
          });
          for (const x of [tr, rn]) if (!x.ok) failures.push(x.error);
          if (rn.ok) last = rn.value.position;
          otherEvents += 4;
        }
      }
      // The read model as a screen would see it, at this instant.
      const list = await ledger.invoke('listAccounts', {});
      const count = await ledger.invoke('timelineCount', {});
      const page = await ledger.invoke('timeline', { limit: 5 });
      expect(list.ok && list.value.length).toBe(nAccounts + newAccounts.length);
      if (!count.ok || !page.ok) throw new Error('query failed during the rebuild');
      expect(count.value.count).toBeGreaterThanOrEqual(timelineFloor);
      timelineFloor = count.value.count;
      // The newest row is there (inline projection keeps working during the rebuild).
      if (r.ok) expect(page.value.items[0]!.position).toBe(last);
      polls++;
      await new Promise(setImmediate);
    }
    const status = await ledger.rebuilds.whenDone();

    expect(failures).toEqual([]);
    expect(positions.length).toBeGreaterThan(5); // the loop really ran alongside the worker
    expect(polls).toBe(positions.length);
    expect(status.state).toBe('done');
    expect(status.error).toBeNull();
    expect(status.verification).toEqual({ ok: true, differences: [] });
    const head = ledger.store.headPosition();
    expect(head).toBe(EVENTS + positions.length + otherEvents);
    // The final catch-up went past the head the rebuild started with (commands appended
    // meanwhile); a command may also land after the swap, before the 'done' message arrives.
    expect(status.done).toBeGreaterThan(EVENTS);
    expect(status.done).toBeLessThanOrEqual(head);
    expect(status.total).toBe(status.done);

    // The swapped read model includes every command: it equals the fold of the whole log.
    expect(balancesTable()).toEqual(foldBalances(ledger.store));
    const count = await ledger.invoke('timelineCount', {
      eventTypes: ['MoneyDeposited'],
      from: '2025-01-01T00:00:00Z',
    });
    expect(count.ok && count.value.count).toBe(positions.length);
    expect(shadowTables(ledger.storage.db)).toEqual([]);

    // Progress: running pushes with done/total/rate, done never goes back, then 'done'.
    const running = pushes.filter((p) => p.state === 'running');
    expect(running.length).toBeGreaterThan(2);
    const progressed = running.filter((p) => p.done > 0);
    expect(progressed.length).toBeGreaterThan(0);
    for (const p of progressed) {
      expect(p.total).toBeGreaterThanOrEqual(EVENTS);
      expect(p.done).toBeLessThanOrEqual(p.total);
      expect(p.rate).toBeGreaterThan(0);
      expect(p.etaSeconds).not.toBeNull();
    }
    expect(running.map((p) => p.done)).toEqual([...running.map((p) => p.done)].sort((a, b) => a - b));
    expect(pushes.at(-1)!.state).toBe('done');
    expect(pushes.at(-1)!.finishedAt).not.toBeNull();
    // The renderer was told to refetch after the swap.
    expect(changed.at(-1)).toBe(head);

    // After the swap, commands keep projecting into the swapped-in tables (statements re-prepared).
    const after = await ledger.invoke('deposit', {
      commandId: 'after-swap-1',
      accountId: accountIds[0]!,
      amount: '2',
    });
    expect(after.ok).toBe(true);
    expect(balancesTable()).toEqual(foldBalances(ledger.store));
    // ...and the cached query statements read the swapped-in tables too.
    const page = await ledger.invoke('timeline', { limit: 3 });
    expect(page.ok && page.value.items[0]!.position).toBe(after.ok && after.value.position);
    const list = await ledger.invoke('listAccounts', {});
    expect(list.ok && list.value.length).toBe(nAccounts + newAccounts.length);
    expect(newAccounts.length).toBeGreaterThan(0);
    for (const id of newAccounts) {
      const a = await ledger.invoke('getAccount', { accountId: id });
      expect(a.ok && a.value).toMatchObject({
        owner: expect.stringMatching(/^Renamed /),
        balance: { minor: 100 },
      });
    }
    const acc = await ledger.invoke('getAccount', { accountId: accountIds[0]! });
    expect(acc.ok && acc.value.balance.minor).toBe(foldBalances(ledger.store).get(accountIds[0]!));
    expect(ledger.rebuilds.status().state).toBe('done');
  });

  it('`ledger rebuild` in another process while this one keeps executing commands', async () => {
    // (One projection keeps the file's run time down; the locking is the same for all.)
    const { ledger } = t;
    const launcher = resolve(import.meta.dirname, '../../scripts/launch.mjs');
    const child = spawn(
      process.execPath,
      [launcher, 'ledger', '--db', t.path, 'rebuild', '--projection', 'balances'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    let exited: number | null = null;
    const exit = new Promise<number | null>((done) =>
      child.on('exit', (code) => {
        exited = code ?? -1;
        done(code);
      }),
    );
    const failures: unknown[] = [];
    let i = 0;
    const floor = (await ledger.invoke('timelineCount', {})) as { ok: true; value: { count: number } };
    let count = floor.value.count;
    while (exited === null) {
      const r = await ledger.invoke('deposit', {
        commandId: `during-cli-rebuild-${i++}`,
        accountId: accountIds[(i * 31) % accountIds.length]!,
        amount: '0.50',
      });
      if (!r.ok) failures.push(r.error);
      const c = await ledger.invoke('timelineCount', {});
      expect(c.ok && c.value.count).toBeGreaterThanOrEqual(count);
      if (c.ok) count = c.value.count;
      await new Promise((done) => setTimeout(done, 5));
    }
    expect(await exit).toBe(0);
    expect(failures).toEqual([]);
    expect(i).toBeGreaterThan(5);
    // Progress on stderr, the result on stdout.
    expect(err).toMatch(/^rebuild: \d+\/\d+ events \(\d+%\), \d+ events\/s, \d+s left$/m);
    expect(out).toMatch(/Rebuilt from \d+ events; it matched the old read model/);
    // This process's read model is the one the other process swapped in, and it has every command.
    expect(balancesTable()).toEqual(foldBalances(ledger.store));
    expect(shadowTables(ledger.storage.db)).toEqual([]);
    const after = await ledger.invoke('deposit', {
      commandId: 'after-cli-swap',
      accountId: accountIds[1]!,
      amount: '1',
    });
    expect(after.ok).toBe(true);
    expect(balancesTable()).toEqual(foldBalances(ledger.store));
  });
});
