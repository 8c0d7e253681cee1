// Measures backup, verification, restore, export and import on a generated ledger.
//   npx tsx tests/support/backup-measure.ts [EVENTS=100000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportEvents, importEvents, verifyBackupFile } from '../../src-main/backup/index';
import { readSidecar } from '../../src-main/backup/sidecar';
import { openLedger } from '../../src-main/ledger';
import { generateEvents } from './ledger-fixtures';

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'ledger-measure-'));
const time = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const r = await fn();
  console.log(`${label.padEnd(34)} ${Math.round(performance.now() - t)} ms`);
  return r;
};
try {
  const l = openLedger(join(dir, 'ledger.sqlite'));
  await time(`generate ${n} events`, () => generateEvents(l, n, { seed: 1 }));
  const b = await time('backup (copy + verify + record)', () => l.backups.create('manual'));
  const t = readSidecar(b.file)?.timings;
  console.log(`  copy ${t?.copyMs} ms, verify ${t?.verifyMs} ms, ${(b.sizeBytes / 1e6).toFixed(1)} MB`);
  await time('verify a backup again', () => verifyBackupFile(b.file));
  const x = await time('export JSONL', () => exportEvents(l, join(dir, 'log.jsonl')));
  console.log(`  ${(x.bytes / 1e6).toFixed(1)} MB`);
  await time('restore (incl. before-restore backup)', () => l.backups.restore(b.file));
  await l.close();
  await time('import JSONL (incl. projections)', () =>
    importEvents(join(dir, 'imported.sqlite'), join(dir, 'log.jsonl')),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
