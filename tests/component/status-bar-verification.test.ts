// The status bar's verification states: last result, a running verification (background or
// Verify) with its progress and Cancel, a cancelled one (the previous result stays), a finished
// one (the new result from ledgerInfo).
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { LedgerInfo, VerificationProgress, VerificationReport } from '../../src-shared/contract';
import { RebuildStore } from '../../src-renderer/src/stores/rebuild.svelte';
import { deferred, fakeApi, withApi } from './fake-api';

const report = (checkedAt: string, ok = true): VerificationReport => ({
  ok,
  checkedAt,
  chain: { ok, checked: 100_000, brokenAt: ok ? null : 7, message: ok ? 'All verified' : 'hash mismatch' },
  projections: { ok: true, differences: [] },
});

const info = (last: VerificationReport | null): LedgerInfo => ({
  path: '/l/books.ledger',
  eventCount: 100_000,
  headPosition: 100_000,
  schemaVersion: 1,
  appVersion: '1.0.0',
  lastVerification: last,
  integrity: { ok: true, brokenAt: null, message: '', missing: null },
});

const idle: VerificationProgress = {
  state: 'idle',
  phase: 'chain',
  done: 0,
  total: 0,
  background: false,
  error: null,
};

async function renderBar(handlers: Parameters<typeof fakeApi>[0]) {
  const { default: StatusBar } = await import('../../src-renderer/src/components/StatusBar.svelte');
  const { LedgerInfoStore } = await import('../../src-renderer/src/stores/ledger-info.svelte');
  const api = fakeApi(handlers);
  const store = new LedgerInfoStore(api);
  await store.load();
  render(StatusBar, { props: { info: store, rebuild: new RebuildStore(api) }, context: withApi(api) });
  return { api, store };
}

const status = () => screen.getByRole('status');

describe('status bar: verification', () => {
  it('shows the last result and Verify when nothing runs', async () => {
    await renderBar({
      ledgerInfo: () => ({ ok: true, value: info(report('2026-01-02T10:00:00.000Z')) }),
      verificationStatus: () => ({ ok: true, value: idle }),
    });
    await waitFor(() => expect(status().textContent).toContain('✓ Verified'));
    expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy();
    expect(screen.queryByTestId('verify-progress')).toBeNull();
  });

  it('says "Not verified yet" when never verified', async () => {
    await renderBar({
      ledgerInfo: () => ({ ok: true, value: info(null) }),
      verificationStatus: () => ({ ok: true, value: idle }),
    });
    await waitFor(() => expect(status().textContent).toContain('Not verified yet'));
  });

  it('a background verification already running at mount shows its progress and Cancel', async () => {
    const { api } = await renderBar({
      ledgerInfo: () => ({ ok: true, value: info(report('2026-01-02T10:00:00.000Z')) }),
      verificationStatus: () => ({
        ok: true,
        value: { ...idle, state: 'running', background: true, done: 12_345, total: 100_000 },
      }),
      cancelVerification: () => ({ ok: true, value: { cancelled: true } }),
    });
    await waitFor(() =>
      expect(screen.getByTestId('verify-progress').textContent).toBe('Verifying 12,345 / 100,000'),
    );
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel verification' }));
    await waitFor(() => expect(api.calls.map((c) => c.name)).toContain('cancelVerification'));
    // The worker answers with a cancelled push: the previous result is back, and Verify.
    api.emit('verificationProgress', {
      ...idle,
      state: 'cancelled',
      background: true,
      done: 12_345,
      total: 100_000,
    });
    await waitFor(() => expect(screen.queryByTestId('verify-progress')).toBeNull());
    expect(status().textContent).toContain('✓ Verified');
    expect(status().textContent).not.toContain('failed');
    expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy();
  });

  it('follows the pushes: a background run, then its new result from ledgerInfo', async () => {
    let last = report('2026-01-02T10:00:00.000Z');
    const { api } = await renderBar({
      ledgerInfo: () => ({ ok: true, value: info(last) }),
      verificationStatus: () => ({ ok: true, value: idle }),
    });
    await waitFor(() => expect(status().textContent).toContain('✓ Verified'));
    api.emit('verificationProgress', {
      ...idle,
      state: 'running',
      background: true,
      done: 10_000,
      total: 100_000,
    });
    await waitFor(() =>
      expect(screen.getByTestId('verify-progress').textContent).toBe('Verifying 10,000 / 100,000'),
    );
    last = report('2026-01-03T10:00:00.000Z', false);
    api.emit('verificationProgress', {
      ...idle,
      state: 'done',
      background: true,
      done: 100_000,
      total: 100_000,
    });
    await waitFor(() => expect(status().textContent).toContain('✗ Problems found'));
    expect(status().textContent).toContain('hash mismatch');
    expect(screen.queryByTestId('verify-progress')).toBeNull();
  });

  it('Verify runs, shows progress, and a cancelled run is no error', async () => {
    const answer = deferred<{ ok: false; error: { code: 'cancelled'; message: string } }>();
    const { api } = await renderBar({
      ledgerInfo: () => ({ ok: true, value: info(report('2026-01-02T10:00:00.000Z')) }),
      verificationStatus: () => ({ ok: true, value: idle }),
      verifyLedger: () => answer.promise,
      cancelVerification: () => ({ ok: true, value: { cancelled: true } }),
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel verification' })).toBeTruthy());
    api.emit('verificationProgress', { ...idle, state: 'running' });
    await waitFor(() => expect(screen.getByTestId('verify-progress').textContent).toBe('Verifying…'));
    api.emit('verificationProgress', {
      ...idle,
      state: 'running',
      phase: 'projections',
      done: 50_000,
      total: 100_000,
    });
    await waitFor(() =>
      expect(screen.getByTestId('verify-progress').textContent).toBe(
        'Verifying 50,000 / 100,000 (projections)',
      ),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel verification' }));
    api.emit('verificationProgress', {
      ...idle,
      state: 'cancelled',
      phase: 'projections',
      done: 50_000,
      total: 100_000,
    });
    answer.resolve({ ok: false, error: { code: 'cancelled', message: 'The verification was cancelled' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy());
    expect(status().textContent).toContain('✓ Verified');
    expect(status().textContent).not.toContain('failed to run');
  });
});
