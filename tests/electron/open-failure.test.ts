import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LedgerError } from '../../src-shared/errors';
import {
  choiceForButton,
  describeOpenFailure,
  FAILURE_BUTTONS,
  openWithRecovery,
  type FailureChoice,
} from '../../src-main/electron/open-failure';
import { restoreFileOffline } from '../../src-main/electron/offline-restore';
import { offlineRestoreFlow } from '../../src-main/electron/restore-flow';

describe('describeOpenFailure', () => {
  it.each([
    ['file_corrupt', /damaged/],
    ['file_locked', /Another program/],
    ['file_readonly', /read-only/],
    ['schema_newer', /newer version/],
    ['not_a_ledger', /not a Ledger file/],
  ])('explains %s and says the file was not modified', (reason, text) => {
    const m = describeOpenFailure(new LedgerError('io', 'x', reason), '/data/books.sqlite');
    expect(m.message).toContain('books.sqlite');
    expect(m.detail).toMatch(text);
    expect(m.detail).toContain('/data/books.sqlite');
    expect(m.detail).toContain('has not been modified');
  });

  it('explains unknown and non-ledger errors too', () => {
    expect(describeOpenFailure(new LedgerError('io', 'disk gone'), '/a').detail).toContain('disk gone');
    expect(describeOpenFailure(new Error('native module'), '/a').detail).toContain('native module');
  });

  it('offers open another / restore / quit', () => {
    expect(FAILURE_BUTTONS).toEqual(['Open Another File…', 'Restore from Backup…', 'Quit']);
    expect([0, 1, 2, 7].map(choiceForButton)).toEqual(['open-another', 'restore', 'quit', 'quit']);
  });
});

describe('openWithRecovery', () => {
  const corrupt = () => {
    throw new LedgerError('io', 'corrupt', 'file_corrupt');
  };

  it('returns the ledger when it opens', async () => {
    const ask = vi.fn();
    expect(
      await openWithRecovery('/a', { open: (p) => ({ p }), ask, pickLedger: vi.fn(), restoreInto: vi.fn() }),
    ).toEqual({ ledger: { p: '/a' }, path: '/a' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('quits (null) when the user chooses Quit, touching nothing', async () => {
    const restoreInto = vi.fn();
    const pickLedger = vi.fn();
    const r = await openWithRecovery('/a', {
      open: corrupt,
      ask: async () => 'quit',
      pickLedger,
      restoreInto,
    });
    expect(r).toBeNull();
    expect(restoreInto).not.toHaveBeenCalled();
    expect(pickLedger).not.toHaveBeenCalled();
  });

  it('opens another file; a cancelled picker asks again', async () => {
    const answers: FailureChoice[] = ['open-another', 'open-another'];
    const picks = [null, '/b'];
    const r = await openWithRecovery('/a', {
      open: (p) => (p === '/b' ? 'B' : corrupt()),
      ask: async () => answers.shift()!,
      pickLedger: async () => picks.shift()!,
      restoreInto: vi.fn(),
    });
    expect(r).toEqual({ ledger: 'B', path: '/b' });
  });

  it('retries the same path after a restore', async () => {
    let restored = false;
    const r = await openWithRecovery('/a', {
      open: () => (restored ? 'A' : corrupt()),
      ask: async () => 'restore',
      pickLedger: vi.fn(),
      restoreInto: async (p) => {
        expect(p).toBe('/a');
        restored = true;
        return true;
      },
    });
    expect(r).toEqual({ ledger: 'A', path: '/a' });
  });
});

describe('offline restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-restore-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the broken file and its WAL aside, then puts the backup in place', async () => {
    const target = join(dir, 'ledger.sqlite');
    writeFileSync(target, 'broken');
    writeFileSync(`${target}-wal`, 'stale wal');
    writeFileSync(join(dir, 'backup.sqlite'), 'good');
    const { keptAs } = await restoreFileOffline(
      target,
      join(dir, 'backup.sqlite'),
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(readFileSync(target, 'utf8')).toBe('good');
    expect(keptAs).toBe(`${target}.before-restore-2026-01-02T03-04-05-000Z`);
    expect(readFileSync(keptAs!, 'utf8')).toBe('broken');
    expect(readFileSync(`${keptAs}-wal`, 'utf8')).toBe('stale wal');
    expect(readdirSync(dir).filter((f) => f === 'ledger.sqlite-wal')).toEqual([]);
  });

  it('fails without touching anything when the backup is missing', async () => {
    const target = join(dir, 'ledger.sqlite');
    writeFileSync(target, 'broken');
    await expect(restoreFileOffline(target, join(dir, 'missing.sqlite'))).rejects.toThrow(/not found/);
    expect(readdirSync(dir)).toEqual(['ledger.sqlite']);
  });

  it('the flow asks before restoring and prefers the backup module', async () => {
    const restoreFile = vi.fn(async () => undefined);
    const deps = {
      backup: { restoreFile, backupDir: () => '/backups' },
      pickFile: vi.fn(async () => '/backups/b1.sqlite'),
      confirm: vi.fn(async () => false),
      showError: vi.fn(async () => undefined),
    };
    expect(await offlineRestoreFlow('/data/l.sqlite', deps)).toBe(false);
    expect(deps.pickFile).toHaveBeenCalledWith('/backups');
    expect(restoreFile).not.toHaveBeenCalled();
    deps.confirm.mockResolvedValue(true);
    expect(await offlineRestoreFlow('/data/l.sqlite', deps)).toBe(true);
    expect(restoreFile).toHaveBeenCalledWith('/data/l.sqlite', '/backups/b1.sqlite');
  });
});

describe('describeOpenFailure for a native module built for Node', () => {
  it('says how to build the Electron copy', () => {
    const e = new Error(
      "The module 'better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 150.",
    );
    expect(describeOpenFailure(e, '/a.sqlite').detail).toContain('ensure-electron-sqlite');
  });
});
