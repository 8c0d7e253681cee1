// A big statement imports through the import worker (its own connection, one transaction):
// the balances are exact, the main connection's read model and dispatcher see the worker's
// events, a re-import adds nothing, and a cancel midway (from a progress callback, the worker
// in lockstep so the point is exact) writes nothing at all.
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../src-shared/contract';
import {
  cancelStatementImport,
  commitStatement,
  previewStatement,
} from '../../src-main/application/statement-operations';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { bigStatementCsv } from '../support/big-statement';
import { tempLedgerPath } from '../support/temp-dir';

const LINES = 3_000;

async function withLedger(fn: (l: SqliteLedger) => Promise<void>): Promise<void> {
  const l = openLedger(tempLedgerPath());
  try {
    await fn(l);
  } finally {
    await l.close();
  }
}

async function openAccount(l: SqliteLedger): Promise<string> {
  const r = await l.invoke('openAccount', {
    commandId: `open-${Math.random()}`,
    owner: 'Ann',
    currency: 'EUR',
    openingBalance: '100.00',
    openingDate: '2019-01-01',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.accountId;
}

const input = (accountId: string, bytes: Uint8Array) => ({
  accountId,
  fileName: 'big.csv',
  contentBase64: Buffer.from(bytes).toString('base64'),
  keep: [] as number[],
});

describe('statement import in the worker', () => {
  it('imports a big statement exactly; the main connection sees it; a re-import adds nothing', () =>
    withLedger(async (l) => {
      const id = await openAccount(l);
      const { bytes, sumMinor } = bigStatementCsv(LINES);
      const heard: number[] = [];
      l.dispatcher.register('*', (e) => heard.push(e.position));
      const pushes: ImportProgress[] = [];
      const changed: number[] = [];
      l.onPush((name, payload) => {
        if (name === 'importProgress') pushes.push(payload as ImportProgress);
        if (name === 'ledgerChanged') changed.push((payload as { position: number }).position);
      });
      const head = l.store.headPosition();

      const preview = await previewStatement(l, input(id, bytes));
      expect(preview.counts.new).toBe(LINES);
      expect(l.store.headPosition()).toBe(head);

      const r = await commitStatement(l, input(id, bytes));
      expect(r.counts).toEqual({ new: LINES, duplicates: 0, attention: 0, refused: 0 });
      expect(r.batchId).not.toBeNull();
      // Read through the main connection: the worker's commit is there, to the cent.
      expect(l.storage.read.getAccount(id).balance.minor).toBe(10_000 + sumMinor);
      expect(l.store.headPosition()).toBe(head + LINES);
      expect(heard).toHaveLength(LINES);
      expect(changed.at(-1)).toBe(head + LINES);
      const commitPushes = pushes.filter((p) => p.kind === 'commit');
      expect(commitPushes.some((p) => p.phase === 'writing' && p.state === 'running' && p.done > 0)).toBe(
        true,
      );
      expect(commitPushes.at(-1)).toMatchObject({ state: 'done', percent: 100 });
      const percents = commitPushes.map((p) => p.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));

      // The main thread's own commands still work on top of the worker's writes.
      const d = await l.invoke('deposit', { commandId: 'after-import', accountId: id, amount: '1.00' });
      expect(d.ok).toBe(true);
      expect(l.storage.read.getAccount(id).balance.minor).toBe(10_000 + sumMinor + 100);

      const again = await commitStatement(l, input(id, bytes));
      expect(again.counts.new).toBe(0);
      expect(again.counts.duplicates).toBe(LINES);
      expect(again.batchId).toBeNull();
      expect(l.store.headPosition()).toBe(head + LINES + 1);
      expect(l.verify().ok).toBe(true);
    }));

  it('a cancel midway through the writing rolls the one transaction back: nothing written', () =>
    withLedger(async (l) => {
      const id = await openAccount(l);
      const { bytes } = bigStatementCsv(LINES);
      const head = l.store.headPosition();
      const balance = l.storage.read.getAccount(id).balance.minor;
      const seen: ImportProgress[] = [];
      const p = commitStatement(l, input(id, bytes), {
        lockstep: true,
        onProgress: (pr) => {
          seen.push(pr);
          // Halfway through the writes, with the worker waiting on this callback.
          if (pr.state === 'running' && pr.phase === 'writing' && pr.done >= LINES / 2)
            expect(cancelStatementImport(l)).toEqual({ cancelled: true });
        },
      });
      await expect(p).rejects.toMatchObject({ code: 'cancelled' });
      expect(seen.some((s) => s.phase === 'writing' && s.done >= LINES / 2)).toBe(true);
      expect(seen.at(-1)?.state).toBe('cancelled');
      expect(l.store.headPosition()).toBe(head);
      expect(l.storage.read.getAccount(id).balance.minor).toBe(balance);
      expect(cancelStatementImport(l)).toEqual({ cancelled: false });

      // Nothing half-done is left behind: the same file then imports whole.
      const r = await commitStatement(l, input(id, bytes));
      expect(r.counts.new).toBe(LINES);
      expect(l.store.headPosition()).toBe(head + LINES);
    }));

  it('a command while the worker writes is refused at once as a conflict (no wait on the lock)', () =>
    withLedger(async (l) => {
      const id = await openAccount(l);
      const { bytes } = bigStatementCsv(1000);
      let during: Awaited<ReturnType<typeof l.invoke<'deposit'>>> | null = null;
      const p = commitStatement(l, input(id, bytes), {
        lockstep: true,
        onProgress: (pr) => {
          if (!during && pr.phase === 'writing' && pr.done > 0)
            // invoke runs the handler synchronously up to its first await: the refusal is immediate.
            void l
              .invoke('deposit', { commandId: 'during-import', accountId: id, amount: '1.00' })
              .then((d) => (during = d));
        },
      });
      await p;
      expect(during).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'import_running' } });
      const after = await l.invoke('deposit', {
        commandId: 'after-the-import',
        accountId: id,
        amount: '1.00',
      });
      expect(after.ok).toBe(true);
    }));

  it('a worker that cannot start: the import runs in this thread, exactly the same', () =>
    withLedger(async (l) => {
      const id = await openAccount(l);
      const { bytes, sumMinor } = bigStatementCsv(200);
      const warn = console.warn;
      console.warn = () => {};
      try {
        const r = await commitStatement(l, input(id, bytes), { workerPath: '/nonexistent/import-worker.js' });
        expect(r.counts.new).toBe(200);
      } finally {
        console.warn = warn;
      }
      expect(l.storage.read.getAccount(id).balance.minor).toBe(10_000 + sumMinor);
    }));

  it('through ledger.invoke (the IPC and HTTP path): errors keep their code, nothing written', () =>
    withLedger(async (l) => {
      const id = await openAccount(l);
      const bad = new TextEncoder().encode('date,amount,payee,description\n2021-01-01,12.3x,A,B\n');
      const r = await l.invoke('commitStatement', input(id, bad));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('validation');
      expect(l.store.headPosition()).toBe(1);
      const c = await l.invoke('cancelStatementImport', {});
      expect(c).toEqual({ ok: true, value: { cancelled: false } });
    }));
});
