// Two runs over the same file at once: `verify` (a dry-run rebuild on the main connection) or a
// second rebuild (another process, e.g. `ledger rebuild` while the app rebuilds) while the worker
// rebuild runs. Each must either finish correctly or fail visibly; neither may mix its rows into
// the other's tables, and the live read model must end up equal to the fold of the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RebuildStatus } from '../../src-shared/contract';
import { Ledger, type SqliteLedger } from '../../src-main/ledger';
import { rebuildProjections } from '../../src-main/projections/sqlite/rebuild';
import {
  generateEvents,
  projectionRows,
  shadowTables,
  tempLedger,
  type TempLedger,
} from '../support/ledger-fixtures';

let t: TempLedger;
let baseRows: Record<string, unknown[]>;

beforeAll(async () => {
  t = tempLedger();
  generateEvents(t.ledger, 40_000, { accounts: 200, seed: 5 });
  baseRows = projectionRows(t.ledger.storage.db);
  await t.ledger.close();
}, 120_000); // generating the log on a busy machine can take longer than the default hook timeout
afterAll(() => t.dispose());

const firstProgress = (ledger: SqliteLedger) =>
  new Promise<void>((done) => {
    const off = ledger.onPush((name, p) => {
      if (
        name === 'rebuildProgress' &&
        (p as RebuildStatus).state === 'running' &&
        (p as RebuildStatus).done > 0
      ) {
        off();
        done();
      }
    });
  });

describe('overlapping rebuilds', () => {
  it('verify while the worker rebuilds is refused (the rebuild compares itself); the read model stays intact', async () => {
    const ledger = Ledger.open(t.path, { synchronous: 'NORMAL' });
    try {
      const progress = firstProgress(ledger);
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      await progress;
      const report = await ledger.invoke('verifyLedger', {});
      const status = await ledger.rebuilds.whenDone();
      // One long check at a time: the rebuild's own comparison is the verification of this run.
      expect(report.ok).toBe(false);
      if (!report.ok) expect(report.error).toMatchObject({ code: 'conflict', reason: 'rebuild_running' });
      expect(status.state).toBe('done');
      expect(status.verification).toEqual({ ok: true, differences: [] });
      expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
      expect(shadowTables(ledger.storage.db)).toEqual([]);
    } finally {
      await ledger.close();
    }
  });

  it('a second rebuild on another connection while the worker rebuilds: no mixed rows are swapped in', async () => {
    const ledger = Ledger.open(t.path, { synchronous: 'NORMAL' });
    try {
      const progress = firstProgress(ledger);
      expect((await ledger.invoke('startRebuild', {})).ok).toBe(true);
      await progress;
      let other: unknown = null;
      try {
        const r = rebuildProjections(ledger.storage.db, ledger.store);
        expect(r.differences).toEqual([]);
      } catch (e) {
        other = e; // failing visibly is acceptable
      }
      const status = await ledger.rebuilds.whenDone();
      // The rebuild on the main connection cleared the shadow tables it found, so the worker's
      // run fails visibly (its tables are gone); it never swaps in rows mixed with another run's.
      expect(other).toBeNull();
      expect(['done', 'failed']).toContain(status.state);
      if (status.state === 'done') expect(status.verification).toEqual({ ok: true, differences: [] });
      else expect(status.error).toMatch(/no such table/);
      expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
      // Whatever was left is cleaned by the next rebuild.
      rebuildProjections(ledger.storage.db, ledger.store);
      expect(shadowTables(ledger.storage.db)).toEqual([]);
      expect(projectionRows(ledger.storage.db)).toEqual(baseRows);
    } finally {
      await ledger.close();
    }
  });
});
