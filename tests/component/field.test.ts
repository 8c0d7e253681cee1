import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FieldHarness from './FieldHarness.svelte';

function input(): HTMLInputElement {
  return screen.getByLabelText(/^Name/) as HTMLInputElement;
}

describe('Field', () => {
  it('labels its control and links the error to it', () => {
    render(FieldHarness, { props: { initialError: 'A name is required' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('A name is required');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('clears the error as soon as the value is valid, without a submit', async () => {
    render(FieldHarness, { props: { initialError: 'A name is required' } });
    await fireEvent.input(input(), { target: { value: ' ' } });
    // Still invalid: the message stays (re-checked: the same problem).
    expect(screen.getByRole('alert').textContent).toBe('A name is required');
    await fireEvent.input(input(), { target: { value: 'Ada' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input().getAttribute('aria-invalid')).toBe('false');
    expect(input().getAttribute('aria-describedby')).toBeNull();
    // The form's own state saw it too (the error is bound).
    expect(screen.getByTestId('form-error').textContent).toBe('none');
  });

  it('does not invent an error while the user types into a clean field', async () => {
    render(FieldHarness, { props: { initialError: null } });
    await fireEvent.input(input(), { target: { value: '' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks an optional field in its label', () => {
    render(FieldHarness, { props: { initialError: null, optional: true } });
    expect(screen.getByLabelText('Name (optional)')).toBeTruthy();
  });
});
