// The import dialog while a big statement is previewed or imported off the main thread: a
// progress bar with its percent from the importProgress pushes, a keyboard-reachable Cancel
// that calls cancelStatementImport, and after a cancel the preview stays with "nothing was
// written". A big preview shows its first lines and every line needing a choice.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ImportProgress, StatementPreview } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import StatementImport from '../../src-renderer/src/components/StatementImport.svelte';
import { ACCOUNT_ID, deferred, fakeApi, withApi } from './fake-api';

const account = { accountId: ACCOUNT_ID, currency: 'EUR', name: 'Giro', openingDate: '2024-01-01' };

function lines(n: number, attentionAt: number[] = []): StatementPreview['lines'] {
  return Array.from({ length: n }, (_, i) => ({
    index: i,
    fileLine: i + 2,
    valueDate: '2024-03-01',
    amount: { minor: -(i + 1), currency: 'EUR' },
    payee: `Payee ${i}`,
    description: null,
    status: attentionAt.includes(i) ? ('attention' as const) : ('new' as const),
    reason: attentionAt.includes(i) ? ('likely_duplicate' as const) : null,
    likelyDuplicateOf: attentionAt.includes(i) ? 'e1' : null,
  }));
}

const preview = (n: number, attentionAt: number[] = []): StatementPreview => ({
  batchId: null,
  format: 'csv',
  counts: { new: n - attentionAt.length, duplicates: 0, attention: attentionAt.length, refused: 0 },
  lines: lines(n, attentionAt),
  statementBalance: null,
  difference: null,
  openingDateMovedTo: null,
  notes: [],
  csv: null,
  position: 1,
});

const progress = (over: Partial<ImportProgress>): ImportProgress => ({
  kind: 'commit',
  state: 'running',
  phase: 'writing',
  done: 0,
  total: 0,
  percent: 0,
  ...over,
});

async function choose() {
  const input = screen.getByLabelText('Statement file') as HTMLInputElement;
  await fireEvent.change(input, {
    target: { files: [new File(['date,amount\n2024-03-01,-1\n'], 'big.csv', { type: 'text/csv' })] },
  });
}

describe('statement import: progress and cancel', () => {
  it('shows the percent while importing; Cancel (focused) cancels and nothing is written', async () => {
    const commit = deferred<Result<StatementPreview>>();
    const api = fakeApi({
      previewStatement: () => ({ ok: true, value: preview(3) }),
      commitStatement: () => commit.promise,
      cancelStatementImport: () => ({ ok: true, value: { cancelled: true } }),
    });
    let changed = 0;
    render(StatementImport, { props: { account, onchanged: () => changed++ }, context: withApi(api) });
    await choose();
    await fireEvent.click(await screen.findByRole('button', { name: 'Import 3' }));

    const region = await screen.findByTestId('import-progress');
    // Before any line is counted the bar is indeterminate (no value).
    expect(within(region).getByRole('progressbar').hasAttribute('value')).toBe(false);
    api.emit('importProgress', progress({ done: 50_000, total: 100_000, percent: 57.5 }));
    await waitFor(() => expect(within(region).getByRole('progressbar').getAttribute('value')).toBe('58'));
    const bar = within(region).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuetext')).toBe('58%');
    expect(region.textContent).toContain('58%');
    expect(region.textContent).toContain('50,000 of 100,000 lines written');
    // The accessible name of the bar is its label.
    expect(screen.getByRole('progressbar', { name: /Importing/ })).toBe(bar);

    const cancel = within(region).getByRole('button', { name: 'Cancel import' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    await fireEvent.click(cancel);
    expect(api.calls.some((c) => c.name === 'cancelStatementImport')).toBe(true);
    expect((within(region).getByRole('button', { name: 'Cancelling…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    commit.resolve({
      ok: false,
      error: { code: 'cancelled', reason: 'import_cancelled', message: 'The import was cancelled' },
    });
    expect((await screen.findByTestId('import-notice')).textContent).toContain(
      'Import cancelled: nothing was written.',
    );
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    // The preview is still there to import again.
    expect(screen.getByRole('button', { name: 'Import 3' })).toBeTruthy();
    expect(changed).toBe(0);
  });

  it('a preview can be cancelled too, and then the file can be chosen again', async () => {
    const previewed = deferred<Result<StatementPreview>>();
    const api = fakeApi({
      previewStatement: () => previewed.promise,
      cancelStatementImport: () => ({ ok: true, value: { cancelled: true } }),
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose();
    const region = await screen.findByTestId('import-progress');
    api.emit('importProgress', progress({ kind: 'preview', phase: 'checking', total: 100_000, percent: 40 }));
    await waitFor(() => expect(region.textContent).toContain('40%'));
    expect(region.textContent).toContain('Checking 100,000 lines');
    await fireEvent.click(within(region).getByRole('button', { name: 'Cancel preview' }));
    previewed.resolve({ ok: false, error: { code: 'cancelled', message: 'cancelled' } });
    expect((await screen.findByTestId('import-notice')).textContent).toContain('Preview cancelled.');
    expect((screen.getByLabelText('Statement file') as HTMLInputElement).disabled).toBe(false);
  });

  it('a big preview lists its first 1,000 lines and every line needing a choice', async () => {
    const api = fakeApi({ previewStatement: () => ({ ok: true, value: preview(5000, [10, 4321]) }) });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose();
    const table = await screen.findByRole('table', { name: 'Statement lines' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1000 + 1);
    expect(screen.getByTestId('import-shown').textContent).toContain('first 1,000 of 5,000 lines');
    expect(screen.getAllByRole('checkbox', { name: /Import it anyway/ })).toHaveLength(2);
  });
});
