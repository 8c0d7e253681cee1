// `ledger verify` without writing to the ledger: the file is opened read-only (the schema checks
// still run), copied with SQLite's online backup into a private temporary folder, and every check
// runs on the copy: the whole hash chain, the projections' tables (a missing one is reported, not
// silently recreated), every projection against a fresh fold, and the head this app last saw
// (rollback). A full disk or read-only folder where the ledger lives cannot make it fail; a
// problem writing the copy is an exit-4 error with a message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerificationReport } from '../../../src-shared/contract';
import { findRollback, type RollbackFinding } from '../../backup/seen-head';
import { writeError } from '../../backup/file-ops';
import { openDatabase } from '../../eventstore/sqlite/open-database';
import { mapSqliteError } from '../../eventstore/sqlite/sqlite-errors';
import { missingTables, viewsInPlace } from '../../projections/sqlite/projector';
import { allProjections } from '../../projections/sqlite/registry';
import { openSqliteLedger } from './sqlite-ledger-storage';

export interface CopyVerification {
  report: VerificationReport;
  rollback: RollbackFinding | null;
}

export async function verifyWithoutWriting(path: string, scratch = tmpdir()): Promise<CopyVerification> {
  // The ledger's own file: a view in a projection table's place is reported below, not refused.
  const src = openDatabase(path, { readonly: true, create: false, repairableProjections: true });
  let dir: string;
  try {
    dir = mkdtempSync(join(scratch, 'ledger-verify-'));
  } catch (e) {
    src.close();
    throw writeError(e, scratch, 'the copy that verify checks');
  }
  const copy = join(dir, 'copy.sqlite');
  try {
    try {
      await src.backup(copy);
    } catch (e) {
      throw writeError(e, copy, 'the copy that verify checks');
    } finally {
      src.close();
    }
    let storage;
    try {
      storage = openSqliteLedger(copy, {
        create: false,
        catchUp: false,
        requireWritable: false,
        repairableProjections: true,
      });
    } catch (e) {
      throw mapSqliteError(e, path);
    }
    try {
      const chain = storage.store.verify();
      let differences: VerificationReport['projections']['differences'] = [];
      if (chain.ok) {
        const db = storage.db;
        // Only projections the file once had (a checkpoint row): a store never opened as a
        // ledger has none yet, which is not damage.
        const had = new Set(db.prepare('SELECT name FROM projection_checkpoints').pluck().all() as string[]);
        const missing = allProjections
          .filter((p) => had.has(p.name))
          .flatMap((p) => {
            const views = new Set(viewsInPlace(db, p));
            return missingTables(db, p).map((t) => ({
              projection: p.name,
              message: views.has(t)
                ? `${t}: the table was replaced by a view (the next open or \`ledger rebuild\` recreates it from the log)`
                : `${t}: the table is missing (run \`ledger rebuild\` to recreate it)`,
            }));
          });
        storage.projections.open();
        differences = [...missing, ...storage.projections.rebuild({ dryRun: true, pauseMs: 0 }).differences];
      }
      const rollback = findRollback(path, storage.store);
      return {
        report: {
          ok: chain.ok && differences.length === 0 && !rollback,
          checkedAt: new Date().toISOString(),
          chain,
          projections: { ok: differences.length === 0, differences },
        },
        rollback,
      };
    } catch (e) {
      throw writeError(mapSqliteError(e, copy), copy, 'the copy that verify checks');
    } finally {
      storage.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
