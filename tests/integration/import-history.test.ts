// The import history (the `imports` projection and query, `ledger imports`) on a real SQLite file:
// each batch with its file, format, lines and total; undo-import marks it undone; a reopened
// ledger (catch-up) and a rebuild give the same rows, so the metadata lookup of the fold works
// outside the inline path too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLedger } from '../support/cli-runner';
import { openLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

const FIXTURES = join(import.meta.dirname, '../fixtures/statements');
const SAMPLE_CSV = '/work/shared/import-samples/csv/data-payee-memo.csv';

const ledger = runLedger;

describe('import history', () => {
  it('lists batches, marks an undone one, and survives reopen and rebuild', async () => {
    const dir = tempDir();
    const db = join(dir, 'history.sqlite');
    const open = await ledger(
      db,
      'open-account',
      '--owner',
      'Ann',
      '--currency',
      'EUR',
      '--initial',
      '1000.00',
      '--value-date',
      '2024-02-29',
    );
    expect(open.code).toBe(0);
    const id = open.out.trim();
    const usd = await ledger(
      db,
      'open-account',
      '--owner',
      'Bob',
      '--currency',
      'USD',
      '--initial',
      '500.00',
      '--value-date',
      '2019-01-01',
    );
    const bob = usd.out.trim();

    const camt = JSON.parse(
      (
        await ledger(
          db,
          '--json',
          'import-statement',
          join(FIXTURES, 'camt/camt053-v04.xml'),
          '--account',
          id,
        )
      ).out,
    );
    const csv = JSON.parse(
      (await ledger(db, '--json', 'import-statement', SAMPLE_CSV, '--account', bob)).out,
    );
    expect(csv.new).toBe(4);

    const list = JSON.parse((await ledger(db, '--json', 'imports')).out);
    expect(list).toHaveLength(2);
    // Newest first.
    expect(list[0]).toMatchObject({
      batchId: csv.batchId,
      accountId: bob,
      accountName: expect.any(String),
      fileName: 'data-payee-memo.csv',
      format: 'csv',
      lines: 4,
      total: { minor: -10000, currency: 'USD' },
      reversed: 0,
      undone: false,
    });
    expect(list[1]).toMatchObject({
      batchId: camt.batchId,
      accountId: id,
      fileName: 'camt053-v04.xml',
      format: 'camt',
      lines: 7,
      undone: false,
    });
    const only = JSON.parse((await ledger(db, '--json', 'imports', '--account', id)).out);
    expect(only.map((b: { batchId: string }) => b.batchId)).toEqual([camt.batchId]);
    const human = await ledger(db, 'imports', '--account', bob);
    expect(human.out).toContain('data-payee-memo.csv');
    expect(human.out).toContain('-100.00');
    expect((await ledger(db, 'imports', '--account', 'nope')).code).toBe(2);

    expect((await ledger(db, 'undo-import', csv.batchId)).code).toBe(0);
    const after = JSON.parse((await ledger(db, '--json', 'imports', '--account', bob)).out);
    expect(after[0]).toMatchObject({ lines: 4, reversed: 4, undone: true });

    // Reopened with the projection dropped: caught up from the log (metadata looked up by id).
    const l = openLedger(db, { create: false });
    const inline = l.storage.read.statements.imports();
    await l.close();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    raw.exec("DELETE FROM projection_checkpoints WHERE name = 'imports'");
    raw.close();
    const reopened = openLedger(db, { create: false });
    try {
      expect(reopened.storage.read.statements.imports()).toEqual(inline);
      reopened.storage.projections.rebuild({ projections: ['imports'], pauseMs: 0 });
      expect(reopened.storage.read.statements.imports()).toEqual(inline);
    } finally {
      await reopened.close();
    }
    expect((await ledger(db, 'rebuild', '--projection', 'imports')).code).toBe(0);
    expect(JSON.parse((await ledger(db, '--json', 'imports')).out)).toEqual(
      list.map((b: object, i: number) => (i === 0 ? after[0] : b)),
    );
  });
});
