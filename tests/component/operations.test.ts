import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { RebuildStatus } from '../../src-shared/contract';
import { RebuildStore } from '../../src-renderer/src/stores/rebuild.svelte';
import BackupsView from '../../src-renderer/src/views/BackupsView.svelte';
import RebuildView from '../../src-renderer/src/views/RebuildView.svelte';
import { fakeApi, withApi } from './fake-api';

const running: RebuildStatus = {
  state: 'running',
  projections: ['balances'],
  done: 250_000,
  total: 1_000_000,
  rate: 50_000,
  etaSeconds: 15,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  error: null,
  verification: null,
};

describe('rebuild panel', () => {
  it('shows progress, rate and time left from pushes, and cancels', async () => {
    const api = fakeApi({
      rebuildStatus: () => ({ ok: true, value: { ...running, state: 'idle', done: 0, total: 0 } }),
      cancelRebuild: () => ({ ok: true, value: { ...running, state: 'cancelled' } }),
    });
    const store = new RebuildStore(api);
    store.listen();
    await store.load();
    render(RebuildView, { props: { store }, context: withApi(api) });
    expect(screen.getByTestId('rebuild-state').textContent).toBe('Not running');

    api.emit('rebuildProgress', running);
    await screen.findByText('Rebuilding…');
    const bar = screen.getByRole('progressbar', { name: 'Rebuild progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('250000');
    expect(screen.getByTestId('rebuild-count').textContent).toBe('250,000 / 1,000,000');
    expect(screen.getByText('50,000 events/s')).toBeTruthy();
    expect(screen.getByText('15 s')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByTestId('rebuild-state').textContent).toBe('Cancelled'));
    expect(api.calls.map((c) => c.name)).toContain('cancelRebuild');
  });

  it('shows why a rebuild could not start', async () => {
    const api = fakeApi({
      startRebuild: () => ({ ok: false, error: { code: 'conflict', message: 'A restore is in progress' } }),
    });
    const store = new RebuildStore(api);
    render(RebuildView, { props: { store }, context: withApi(api) });
    await fireEvent.click(screen.getByRole('button', { name: 'Start rebuild' }));
    expect((await screen.findByRole('alert')).textContent).toContain('A restore is in progress');
  });
});

describe('backups view', () => {
  it('shows a failing backup clearly and keeps the list usable', async () => {
    const api = fakeApi({
      listBackups: () => ({ ok: true, value: [] }),
      createBackup: () => ({ ok: false, error: { code: 'io', message: 'The backup folder is read-only' } }),
    });
    render(BackupsView, { context: withApi(api) });
    await screen.findByText('No backups yet.');
    await fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The backup folder is read-only');
  });

  it('asks for confirmation before restoring', async () => {
    const backup = {
      file: '/tmp/b/ledger-1.sqlite',
      name: 'ledger-1.sqlite',
      kind: 'manual' as const,
      createdAt: '2026-01-02T10:00:00.000Z',
      sizeBytes: 40960,
      eventCount: 12,
      headPosition: 12,
      verified: 'ok' as const,
      verifyMessage: null,
    };
    const api = fakeApi({
      listBackups: () => ({ ok: true, value: [backup] }),
      restoreBackup: () => ({
        ok: true,
        value: { restoredFrom: backup.name, keptAs: 'before-restore.sqlite' },
      }),
    });
    render(BackupsView, { context: withApi(api) });
    await fireEvent.click(await screen.findByRole('button', { name: /Restore backup from/ }));
    expect(api.calls.map((c) => c.name)).not.toContain('restoreBackup');
    const dialog = screen.getByRole('dialog', { name: 'Restore backup' });
    await fireEvent.click(dialog.querySelector('button[type=submit]')!);
    await screen.findByText(/Restored from ledger-1.sqlite/);
    expect(api.calls.find((c) => c.name === 'restoreBackup')?.input).toEqual({ file: backup.file });
  });
});

describe('status bar', () => {
  it('says so when a backup was verified without its worker', async () => {
    const { default: StatusBar } = await import('../../src-renderer/src/components/StatusBar.svelte');
    const { LedgerInfoStore } = await import('../../src-renderer/src/stores/ledger-info.svelte');
    const api = fakeApi({});
    render(StatusBar, {
      props: { info: new LedgerInfoStore(api), rebuild: new RebuildStore(api) },
      context: withApi(api),
    });
    expect(screen.queryByTestId('verify-fallback')).toBeNull();
    const backup = {
      file: '/b/l.ledger',
      name: 'l.ledger',
      kind: 'manual' as const,
      createdAt: '2026-01-01T00:00:00.000Z',
      sizeBytes: 1,
      eventCount: 1,
      headPosition: 1,
      verified: 'ok' as const,
      verifyMessage: 'ok',
    };
    api.emit('backupFinished', { ...backup, verifyFallback: 'the verification worker could not start' });
    await waitFor(() =>
      expect(screen.getByTestId('verify-fallback').textContent).toBe(
        'Backup verified without its worker: the verification worker could not start',
      ),
    );
    api.emit('backupFinished', { ...backup, verifyFallback: null });
    await waitFor(() => expect(screen.queryByTestId('verify-fallback')).toBeNull());
  });
});
