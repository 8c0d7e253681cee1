import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { toCsv } from '../../src-renderer/src/lib/csv';
import ReportsView from '../../src-renderer/src/views/ReportsView.svelte';
import { fakeApi, withApi } from './fake-api';

const eur = (minor: number) => ({ minor, currency: 'EUR' });
const cells = (rows: NodeListOf<Element>) =>
  [...rows].map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' | '));

function api() {
  return fakeApi({
    reportCategories: () => ({
      ok: true,
      value: [
        { category: 'Income:Salary', total: eur(300000) },
        { category: 'Food:Groceries', total: eur(-6210) },
        { category: null, total: eur(-1000) },
        { category: 'Food:Restaurants', total: { minor: -500, currency: 'USD' } },
      ],
    }),
    reportMonthly: () => ({
      ok: true,
      value: [
        { month: '2026-01', category: 'Income:Salary', total: eur(300000) },
        { month: '2026-01', category: 'Food:Groceries', total: eur(-6210) },
        { month: '2026-02', category: 'Food:Groceries', total: eur(-4000) },
        { month: '2026-02', category: null, total: eur(-1000) },
      ],
    }),
    reportNetWorth: () => ({
      ok: true,
      value: [
        { month: '2026-01', currency: 'EUR', balance: eur(100000) },
        { month: '2026-02', currency: 'EUR', balance: eur(392790) },
        { month: '2026-02', currency: 'USD', balance: { minor: 9500, currency: 'USD' } },
      ],
    }),
  });
}

describe('reports view', () => {
  it('spending by category: a row per category, totals per currency, amounts right-aligned', async () => {
    const a = api();
    render(ReportsView, { context: withApi(a) });
    const table = await screen.findByRole('table', { name: /^Spending by category/ });
    const rows = cells(table.querySelectorAll('tbody tr'));
    expect(rows).toEqual([
      'Food:Groceries | -€62.10',
      'Income:Salary | +€3,000.00',
      'No category | -€10.00',
      'Food:Restaurants | -$5.00',
    ]);
    const foot = cells(table.querySelectorAll('tfoot tr'));
    expect(foot).toEqual(['Total (EUR) | +€2,927.90', 'Total (USD) | -$5.00']);
    expect(table.querySelector('tbody td.num')).toBeTruthy();
    const first = a.calls.find((c) => c.name === 'reportCategories')!.input as { from: string; to: string };
    expect(first.from).toMatch(/^\d{4}-01-01$/);

    await fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    await fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-02-28' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(a.calls.filter((c) => c.name === 'reportCategories').at(-1)?.input).toEqual({
        from: '2026-02-01',
        to: '2026-02-28',
      }),
    );
  });

  it('refuses a period that ends before it starts, without asking the core', async () => {
    const a = api();
    render(ReportsView, { context: withApi(a) });
    await screen.findByRole('table', { name: /^Spending by category/ });
    const before = a.calls.length;
    await fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    await fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-02-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect((await screen.findByRole('alert')).textContent).toContain('on or after the start');
    expect(a.calls.length).toBe(before);
  });

  it('income and expense by month: a column per month of the period, totals per row and month', async () => {
    render(ReportsView, { context: withApi(api()) });
    await fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    await fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const table = await screen.findByRole('table', { name: 'Income and expense by category and month, EUR' });
    const head = [...table.querySelectorAll('thead th')].map((t) => t.textContent?.trim());
    expect(head).toEqual(['Category', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Total']);
    expect(cells(table.querySelectorAll('tbody tr'))).toEqual([
      'Food:Groceries | -€62.10 | -€40.00 |  | -€102.10',
      'Income:Salary | +€3,000.00 |  |  | +€3,000.00',
      'No category |  | -€10.00 |  | -€10.00',
    ]);
    expect(cells(table.querySelectorAll('tfoot tr'))).toEqual([
      'Income | +€3,000.00 | €0.00 | €0.00 | +€3,000.00',
      'Expense | -€62.10 | -€50.00 | €0.00 | -€112.10',
      'Net | +€2,937.90 | -€50.00 | €0.00 | +€2,887.90',
    ]);
  });

  it('net worth: months newest first, a column per currency', async () => {
    render(ReportsView, { context: withApi(api()) });
    const table = await screen.findByRole('table', { name: 'Net worth at each month end' });
    const head = [...table.querySelectorAll('thead th')].map((t) => t.textContent?.trim());
    expect(head).toEqual(['Month end', 'EUR', 'USD']);
    const rows = cells(table.querySelectorAll('tbody tr'));
    expect(rows).toEqual(['Feb 2026 | €3,927.90 | $95.00', 'Jan 2026 | €1,000.00 | ']);
    // A chart per currency, next to the table that holds its data.
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Feb 2026: €3,927.90'),
      expect.stringContaining('Feb 2026: $95.00'),
    ]);
    expect(screen.getByText('Net worth in EUR (the table below has every value)')).toBeTruthy();
  });

  it('downloads the spending rows as CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(ReportsView, { context: withApi(api()) });
    await screen.findByRole('table', { name: /^Spending by category/ });
    const [spending] = screen.getAllByRole('button', { name: 'Download CSV' });
    await fireEvent.click(spending!);
    expect(click).toHaveBeenCalledOnce();
    const text = await created[0]!.text();
    expect(text.split('\r\n')).toEqual([
      'category,currency,total',
      'Food:Groceries,EUR,-62.10',
      'Income:Salary,EUR,3000.00',
      ',EUR,-10.00',
      'Food:Restaurants,USD,-5.00',
      'Total,EUR,2927.90',
      'Total,USD,-5.00',
      '',
    ]);
    click.mockRestore();
  });

  it('quotes CSV cells that need it', () => {
    expect(toCsv([['a,b', 'say "hi"', 'plain']])).toBe('"a,b","say ""hi""",plain\r\n');
  });
});
