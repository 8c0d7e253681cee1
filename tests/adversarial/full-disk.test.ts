// Issue 13, case 7: `verify` on a full disk printed a stack trace (it wrote temp tables and
// ledger_meta to check). Now it writes nothing beside the ledger (its checks run on a private copy
// in the temporary folder), so a full disk where the ledger lives does not stop it; and when the
// temporary folder's disk is full it says so, exit 4, no stack trace.
//
// Real full filesystems: small tmpfs mounts (this needs CAP_SYS_ADMIN, i.e. root in the test
// container; where mount is not allowed the real-disk cases are skipped and the seam case below
// still runs: a scratch folder that cannot be written at all).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyWithoutWriting } from '../../src-main/storage/sqlite/verify-copy';
import { tempDir } from '../support/temp-dir';
import { cli, fingerprint, ledgerWithAccount } from './craft';

const mounts: string[] = [];

/** A tmpfs of `size` mounted on a fresh folder, or null where mounting is not allowed. */
function smallFs(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-smallfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** Fills the filesystem at `dir` until a write fails with ENOSPC. */
function fill(dir: string): void {
  const chunk = Buffer.alloc(4096, 1);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `filler-${i}`), chunk);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOSPC') return;
      throw e;
    }
  }
}

const canMount = (() => {
  const probe = smallFs('64k');
  if (!probe) return false;
  return true;
})();

afterAll(() => {
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', [m], { stdio: 'ignore' });
    } catch {
      /* left to the OS */
    }
    rmSync(m, { recursive: true, force: true });
  }
});

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe.skipIf(!canMount)('verify on a real full disk', () => {
  it('the ledger’s own disk is full: "the disk is full", exit 4, no stack trace, nothing written', async () => {
    // verify writes nothing there, but SQLite's read-only open of a WAL ledger must still create
    // its 32 KB WAL index (-shm) beside it: on a full disk that fails (SQLITE_IOERR_SHMSIZE).
    const { db } = await ledgerWithAccount();
    const fs = smallFs('4m')!;
    const path = join(fs, 'ledger.sqlite');
    copyFileSync(db, path);
    fill(fs);
    const before = fingerprint(path);
    const v = await cli(path, 'verify');
    expect(v.code).toBe(4);
    expect(v.err).toMatch(/is full/);
    expect(v.err).not.toMatch(/\n\s+at /);
    expect(fingerprint(path)).toBe(before);
  });

  it('the temporary folder’s disk is full: "the disk is full", exit 4, no stack trace', async () => {
    const { db } = await ledgerWithAccount();
    const fs = smallFs('64k')!;
    fill(fs);
    process.env.TMPDIR = fs;
    const before = fingerprint(db);
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.err).toMatch(/the disk is full/);
    expect(v.err).not.toMatch(/\n\s+at |Error:/);
    expect(fingerprint(db)).toBe(before);
  });

  it('a disk with room for the folder but not the copy: the same answer, and no copy left', async () => {
    const { db } = await ledgerWithAccount();
    const fs = smallFs('64k')!; // the ledger (with its projections) is larger than this
    process.env.TMPDIR = fs;
    const v = await cli(db, 'verify');
    expect(v.code).toBe(4);
    expect(v.err).toMatch(/the disk is full/);
    expect(v.err).not.toMatch(/\n\s+at /);
    expect(execFileSync('ls', ['-A', fs]).toString().trim()).toBe('');
  });
});

describe('verify where the copy cannot be written (the seam where mounting is not allowed)', () => {
  it('a read-only temporary folder: exit-4 error naming it, never a stack trace', async () => {
    const { db } = await ledgerWithAccount();
    const scratch = join(tempDir('ledger-ro-'), 'ro');
    mkdirSync(scratch);
    chmodSync(scratch, 0o555);
    // root ignores permission bits: the folder is made unwritable by being a file instead.
    const target = process.getuid?.() === 0 ? join(scratch, 'not-a-dir') : scratch;
    if (target !== scratch) {
      chmodSync(scratch, 0o755);
      writeFileSync(target, '');
    }
    await expect(verifyWithoutWriting(db, target)).rejects.toMatchObject({ code: 'io' });
  });
});
