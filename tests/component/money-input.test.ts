import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MoneyInput from '../../src-renderer/src/components/MoneyInput.svelte';
import { readAmount } from '../../src-renderer/src/lib/amount';

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function typeAndBlur(input: HTMLInputElement, text: string): Promise<void> {
  await fireEvent.input(input, { target: { value: text } });
  await fireEvent.blur(input);
}

describe('MoneyInput', () => {
  it("accepts the locale's decimal separator", async () => {
    render(MoneyInput, { props: { currency: 'EUR', label: 'Amount', locale: 'de-DE' } });
    const input = field('Amount');
    expect(input.placeholder).toBe('0,00');
    await typeAndBlur(input, '1.234,56');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows an error for too many decimals and links it to the field', async () => {
    render(MoneyInput, { props: { currency: 'EUR', label: 'Amount', locale: 'en-US' } });
    const input = field('Amount');
    await typeAndBlur(input, '12.345');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('EUR allows at most 2 decimal places');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('rejects a negative amount and clears the error while typing', async () => {
    render(MoneyInput, { props: { currency: 'EUR', label: 'Amount', locale: 'en-US' } });
    const input = field('Amount');
    await typeAndBlur(input, '-5');
    expect(screen.getByRole('alert').textContent).toContain('positive amount');
    await fireEvent.input(input, { target: { value: '5' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error the form passes in', () => {
    render(MoneyInput, { props: { currency: 'JPY', label: 'Amount', error: 'Enter an amount' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount');
  });
});

describe('readAmount', () => {
  it('converts to the canonical decimal string without floats', () => {
    expect(readAmount('1.234,56', 'EUR', { locale: 'de-DE' })).toMatchObject({
      ok: true,
      decimal: '1234.56',
    });
    expect(readAmount('1,234.5', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: true, decimal: '1234.50' });
    expect(readAmount('0.1', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: true, decimal: '0.10' });
    expect(readAmount('1500', 'JPY', { locale: 'en-US' })).toMatchObject({ ok: true, decimal: '1500' });
  });

  it('rejects empty, zero, negative, exponent and too many decimals', () => {
    expect(readAmount('', 'EUR', { locale: 'en-US' })).toEqual({ ok: false, message: 'Enter an amount' });
    expect(readAmount('0', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: false });
    expect(readAmount('0', 'EUR', { locale: 'en-US', allowZero: true })).toMatchObject({ ok: true });
    expect(readAmount('-1', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: false });
    expect(readAmount('1e3', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: false });
    expect(readAmount('1.5', 'JPY', { locale: 'en-US' })).toMatchObject({ ok: false });
    expect(readAmount('1.234', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: false });
    expect(readAmount('1,5', 'EUR', { locale: 'en-US' })).toMatchObject({ ok: false });
  });
});
