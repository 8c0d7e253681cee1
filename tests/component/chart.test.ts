import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { MonthlyTotal } from '../../src-shared/contract';
import BalanceChart from '../../src-renderer/src/components/BalanceChart.svelte';

function month(m: string, closing: number): MonthlyTotal {
  const eur = (minor: number) => ({ minor, currency: 'EUR' });
  return { month: m, deposits: eur(0), withdrawals: eur(0), net: eur(0), closingBalance: eur(closing) };
}

describe('BalanceChart', () => {
  it('has an empty state', () => {
    render(BalanceChart, { props: { totals: [] } });
    expect(screen.getByText('No history yet.')).toBeTruthy();
  });

  it('describes the months it draws and shows the latest closing balance', () => {
    render(BalanceChart, { props: { totals: [month('2026-01', 10000), month('2026-02', 7000)] } });
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('€70.00');
    expect(screen.getByText('€70.00')).toBeTruthy();
    expect(img.querySelectorAll('circle')).toHaveLength(2);
  });

  it('keeps only the latest dot on a long history', () => {
    const totals = Array.from({ length: 60 }, (_, i) =>
      month(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i * 100),
    );
    render(BalanceChart, { props: { totals } });
    expect(screen.getByRole('img').querySelectorAll('circle')).toHaveLength(1);
  });
});
