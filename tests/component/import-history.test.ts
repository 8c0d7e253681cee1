import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ImportHistory from '../../src-renderer/src/components/ImportHistory.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

const batch = (batchId: string, undone: boolean) => ({
  batchId,
  accountId: ACCOUNT_ID,
  accountName: 'Giro',
  fileName: `${batchId}.csv`,
  format: 'csv',
  lines: 4,
  total: { minor: -10000, currency: 'EUR' },
  importedAt: '2024-03-01T10:00:00.000Z',
  position: 9,
  reversed: undone ? 4 : 0,
  undone,
});

describe('previous imports', () => {
  it('lists the batches and undoes one with its Undo button', async () => {
    let undone = false;
    const api = fakeApi({
      imports: () => ({ ok: true, value: [batch('jan', undone), batch('old', true)] }),
      undoImport: () => {
        undone = true;
        return { ok: true, value: { batchId: 'jan', reversed: 4, position: 14 } };
      },
    });
    const calls: Array<[string, number]> = [];
    render(ImportHistory, {
      props: {
        accountId: ACCOUNT_ID,
        onundone: (b: { batchId: string }, n: number) => calls.push([b.batchId, n]),
      },
      context: withApi(api),
    });
    const table = await screen.findByRole('table', { name: 'Previous imports' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('jan.csv')).toBeTruthy();
    // The undone batch has no Undo button.
    expect(within(table).getAllByRole('button')).toHaveLength(1);
    await fireEvent.click(within(table).getByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(calls).toEqual([['jan', 4]]));
    await waitFor(() => expect(within(table).queryAllByRole('button')).toHaveLength(0));
    expect(api.calls.find((c) => c.name === 'undoImport')!.input).toEqual({ batchId: 'jan' });
  });
});
