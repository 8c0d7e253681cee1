// The background full verification (issue 13): on open and then whenever the last one is older
// than a day, by a clock the test moves; progress pushed as it runs; Cancel keeps the previous
// result; it gives way to a rebuild and never starts beside one.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerificationProgress } from '../../src-shared/contract';
import { Ledger, type SqliteLedger } from '../../src-main/ledger';
import { generateEvents, tempLedger, type TempLedger } from '../support/ledger-fixtures';

const EVENTS = 40_000;
const DAY = 24 * 60 * 60 * 1000;
let base: TempLedger;
let accountIds: string[];
let n = 0;

beforeAll(async () => {
  base = tempLedger();
  accountIds = generateEvents(base.ledger, EVENTS, { accounts: 200, seed: 13 }).accountIds;
  await base.ledger.close();
}, 120_000);
afterAll(() => base.dispose());

interface Opened {
  ledger: SqliteLedger;
  pushes: VerificationProgress[];
  clock: { now: number };
  rm: () => Promise<void>;
}

/** A copy of the prepared ledger, opened with the background verification on a fake clock. */
function open(autoVerify = true): Opened {
  const path = join(base.dir, `copy-${n++}.ledger`);
  copyFileSync(base.path, path);
  const clock = { now: Date.now() };
  const pushes: VerificationProgress[] = [];
  const ledger = Ledger.open(path, {
    synchronous: 'NORMAL',
    checkOutputs: true,
    ...(autoVerify ? { autoVerify: { now: () => clock.now, checkEveryMs: 1e9 } } : {}),
  });
  ledger.onPush(
    (name, p) => name === 'verificationProgress' && pushes.push({ ...(p as VerificationProgress) }),
  );
  return {
    ledger,
    pushes,
    clock,
    rm: async () => {
      await ledger.close();
      for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    },
  };
}

const ended = (o: Opened, count = 1) =>
  new Promise<VerificationProgress>((resolve) => {
    const check = () => {
      const ends = o.pushes.filter((p) => p.state !== 'running');
      if (ends.length >= count) resolve(ends[count - 1]!);
      else setTimeout(check, 20);
    };
    check();
  });

describe('background verification', () => {
  it('runs on open when never verified, with progress, and records its result', async () => {
    const o = open();
    try {
      const end = await ended(o);
      expect(end).toMatchObject({ state: 'done', background: true, error: null });
      const running = o.pushes.filter((p) => p.state === 'running');
      expect(running[0]).toMatchObject({ state: 'running', phase: 'chain', done: 0 });
      expect(running.some((p) => p.phase === 'chain' && p.done > 0 && p.total === EVENTS)).toBe(true);
      expect(running.some((p) => p.phase === 'projections' && p.done > 0 && p.total === EVENTS)).toBe(true);
      const last = o.ledger.lastVerification();
      expect(last?.ok).toBe(true);
      expect(last?.chain.checked).toBe(EVENTS);
      const info = await o.ledger.invoke('ledgerInfo', {});
      expect(info.ok && info.value.lastVerification).toEqual(last);
      const status = await o.ledger.invoke('verificationStatus', {});
      expect(status.ok && status.value.state).toBe('done');
    } finally {
      await o.rm();
    }
  }, 120_000);

  it('runs again only when the last verification is older than a day', async () => {
    const o = open();
    try {
      await ended(o);
      const checkedAt = Date.parse(o.ledger.lastVerification()!.checkedAt);
      o.clock.now = checkedAt + DAY - 60_000;
      expect(await o.ledger.verifySchedule.check()).toBe(false);
      expect(o.pushes.filter((p) => p.state === 'done')).toHaveLength(1);
      o.clock.now = checkedAt + DAY + 60_000;
      expect(await o.ledger.verifySchedule.check()).toBe(true);
      expect(o.pushes.filter((p) => p.state === 'done')).toHaveLength(2);
      // A fresh result: not due again (by the same clock) until another day has passed.
      o.clock.now = Date.parse(o.ledger.lastVerification()!.checkedAt) + 1000;
      expect(o.ledger.verifySchedule.due()).toBe(false);
    } finally {
      await o.rm();
    }
  }, 120_000);

  it('Cancel stops a running verification and leaves the previous result', async () => {
    const o = open();
    try {
      await ended(o);
      const previous = o.ledger.lastVerification();
      expect(previous).not.toBeNull();
      // A manual Verify; cancelled at its first progress.
      const cancelled = new Promise<{ cancelled: boolean }>((resolve) => {
        const off = o.ledger.onPush((name, p) => {
          if (name === 'verificationProgress' && (p as VerificationProgress).state === 'running') {
            off();
            void o.ledger
              .invoke('cancelVerification', {})
              .then((r) => resolve(r.ok ? r.value : { cancelled: false }));
          }
        });
      });
      const verify = o.ledger.invoke('verifyLedger', {});
      expect(await cancelled).toEqual({ cancelled: true });
      const r = await verify;
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('cancelled');
      expect((await ended(o, 2)).state).toBe('cancelled');
      expect(o.ledger.lastVerification()).toEqual(previous);
      const info = await o.ledger.invoke('ledgerInfo', {});
      expect(info.ok && info.value.lastVerification).toEqual(previous);
      // Nothing left to cancel.
      const again = await o.ledger.invoke('cancelVerification', {});
      expect(again.ok && again.value).toEqual({ cancelled: false });
    } finally {
      await o.rm();
    }
  }, 120_000);

  it('gives way to a rebuild, and does not start while one runs', async () => {
    const o = open();
    try {
      // The open's verification is running: a rebuild cancels it (no result recorded) and starts.
      await new Promise<void>((resolve) => {
        const off = o.ledger.onPush((name, p) => {
          if (name === 'verificationProgress' && (p as VerificationProgress).state === 'running') {
            off();
            resolve();
          }
        });
      });
      const started = await o.ledger.invoke('startRebuild', {});
      expect(started.ok && started.value.state).toBe('running');
      expect(o.pushes.at(-1)?.state).toBe('cancelled');
      expect(o.ledger.lastVerification()).toBeNull();
      o.clock.now += 2 * DAY;
      expect(await o.ledger.verifySchedule.check()).toBe(false);
      const manual = await o.ledger.invoke('verifyLedger', {});
      expect(!manual.ok && manual.error.reason).toBe('rebuild_running');
      expect((await o.ledger.rebuilds.whenDone()).state).toBe('done');
      expect(await o.ledger.verifySchedule.check()).toBe(true);
      expect(o.ledger.lastVerification()?.ok).toBe(true);
    } finally {
      await o.rm();
    }
  }, 120_000);

  it('commands keep committing while it runs', async () => {
    const o = open(false);
    try {
      const verify = o.ledger.invoke('verifyLedger', {});
      for (let i = 0; i < 5; i++) {
        const r = await o.ledger.invoke('deposit', {
          commandId: `during-verify-${i}`,
          accountId: accountIds[i]!,
          amount: '1.00',
        });
        expect(r.ok).toBe(true);
      }
      const r = await verify;
      expect(r.ok && r.value.ok).toBe(true);
    } finally {
      await o.rm();
    }
  }, 120_000);

  it('is off unless asked for (the CLI, tests)', async () => {
    const o = open(false);
    try {
      expect(o.ledger.verifySchedule.started).toBe(false);
      expect(o.pushes).toEqual([]);
      expect(o.ledger.lastVerification()).toBeNull();
    } finally {
      await o.rm();
    }
  });
});
