// A backup whose verification worker cannot start is still verified (in the main thread), and
// says so: in its record (sidecar), in the list, in the backupFinished push and in the menu's
// "Backup created." message — never only a console.warn.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

let ledger: SqliteLedger | null = null;
afterEach(async () => {
  await ledger?.close();
  ledger = null;
  vi.restoreAllMocks();
});

async function ledgerWithEvents(): Promise<SqliteLedger> {
  const l = openLedger(join(tempDir(), 'books.sqlite'));
  const opened = await l.invoke('openAccount', { commandId: randomUUID(), owner: 'Alice', currency: 'EUR' });
  if (!opened.ok) throw new Error(opened.error.message);
  const dep = await l.invoke('deposit', {
    commandId: randomUUID(),
    accountId: opened.value.accountId,
    amount: '12.50',
  });
  if (!dep.ok) throw new Error(dep.error.message);
  return l;
}

describe('backup verification when its worker cannot start', () => {
  it('falls back to the main thread and records it in the sidecar, the list and the push', async () => {
    ledger = await ledgerWithEvents();
    const dir = tempDir();
    // A worker script that throws at load: the worker starts, fails and never answers.
    const broken = join(dir, 'backup-verify-worker.mjs');
    writeFileSync(broken, "throw new Error('native module did not load');\n");
    ledger.backups.configure({ verifyWorkerPath: broken });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pushed: unknown[] = [];
    ledger.onPush((name, payload) => {
      if (name === 'backupFinished') pushed.push(payload);
    });

    const r = await ledger.invoke('createBackup', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.verified).toBe('ok');
    expect(r.value.verifyMessage).toMatch(
      /verified in the main thread: the verification worker could not start/,
    );
    expect(r.value.verifyMessage).toMatch(/native module did not load/);
    expect(warn).toHaveBeenCalled();

    const sidecar = JSON.parse(readFileSync(`${r.value.file}.json`, 'utf8')) as Record<string, unknown>;
    expect(sidecar.verifiedIn).toBe('main');
    expect(sidecar.verifyFallback).toMatch(/native module did not load/);

    const list = await ledger.invoke('listBackups', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.find((b) => b.file === r.value.file)?.verifyMessage).toMatch(/main thread/);
    expect(pushed).toEqual([expect.objectContaining({ verifyMessage: r.value.verifyMessage })]);
  });

  it('a worker script that does not exist falls back the same way', async () => {
    ledger = await ledgerWithEvents();
    ledger.backups.configure({ verifyWorkerPath: join(tempDir(), 'missing-worker.js') });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = await ledger.invoke('createBackup', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.verifyMessage).toMatch(/verification worker could not start/);
  });

  it('no fallback note when verification runs where it was meant to (no worker configured)', async () => {
    ledger = await ledgerWithEvents();
    ledger.backups.configure({ verifyWorkerPath: null });
    const r = await ledger.invoke('createBackup', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.verifyMessage).not.toMatch(/main thread/);
    const sidecar = JSON.parse(readFileSync(`${r.value.file}.json`, 'utf8')) as Record<string, unknown>;
    expect(sidecar).not.toHaveProperty('verifyFallback');
  });
});
