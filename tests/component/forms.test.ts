import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/errors';
import MovementForm from '../../src-renderer/src/forms/MovementForm.svelte';
import OpenAccountForm from '../../src-renderer/src/forms/OpenAccountForm.svelte';
import { ACCOUNT_ID, deferred, fakeApi, withApi } from './fake-api';

const account = { accountId: ACCOUNT_ID, currency: 'EUR' };
const ok: Result<{ position: number; duplicate: boolean }> = {
  ok: true,
  value: { position: 2, duplicate: false },
};

function renderMovement(kind: 'deposit' | 'withdraw', api: ReturnType<typeof fakeApi>, locale = 'en-US') {
  return render(MovementForm, { props: { kind, account, locale }, context: withApi(api) });
}

async function enter(label: string, value: string) {
  await fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('deposit and withdraw forms', () => {
  it('sends the canonical decimal string, parsed from the locale format', async () => {
    const api = fakeApi({ deposit: () => ok });
    renderMovement('deposit', api, 'de-DE');
    await enter('Deposit amount', '1.234,5');
    await enter('Description (optional)', '  Salary  ');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    const input = api.calls[0]!.input as Record<string, unknown>;
    expect(input).toMatchObject({ accountId: ACCOUNT_ID, amount: '1234.50', description: 'Salary' });
    expect(typeof input.commandId).toBe('string');
    // The form clears after success.
    await waitFor(() => expect((screen.getByLabelText('Deposit amount') as HTMLInputElement).value).toBe(''));
  });

  it('shows a validation error and sends nothing', async () => {
    const api = fakeApi({ deposit: () => ok });
    renderMovement('deposit', api);
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount');
    await enter('Deposit amount', '10.001');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    expect(screen.getByRole('alert').textContent).toContain('at most 2 decimal places');
    expect(api.calls).toHaveLength(0);
  });

  it("shows the server's refusal next to the withdraw form", async () => {
    const api = fakeApi({
      withdraw: () => ({
        ok: false,
        error: {
          code: 'domain',
          reason: 'insufficient_funds',
          message: 'Insufficient funds: balance is €70.00',
        },
      }),
    });
    renderMovement('withdraw', api);
    await enter('Withdraw amount', '1000.00');
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    const form = screen.getByRole('form', { name: 'Withdraw' });
    await waitFor(() =>
      expect(form.querySelector('[role=alert]')?.textContent).toContain('Insufficient funds'),
    );
    // The typed amount stays for the user to fix.
    expect((screen.getByLabelText('Withdraw amount') as HTMLInputElement).value).toBe('1000.00');
  });

  it('disables the button while pending, so a double click posts once', async () => {
    const pending = deferred<Result<{ position: number; duplicate: boolean }>>();
    const api = fakeApi({ withdraw: () => pending.promise });
    renderMovement('withdraw', api);
    await enter('Withdraw amount', '5');
    const button = screen.getByRole('button', { name: 'Withdraw' }) as HTMLButtonElement;
    await fireEvent.click(button);
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(button.textContent).toContain('Withdrawing');
    await fireEvent.click(button);
    expect(api.calls).toHaveLength(1);
    pending.resolve(ok);
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('reuses the command id when the same submission is retried after a lost answer', async () => {
    let n = 0;
    const api = fakeApi({
      deposit: () =>
        ++n === 1
          ? { ok: false, error: { code: 'io', reason: 'unreachable', message: 'Cannot reach the ledger' } }
          : ok,
    });
    renderMovement('deposit', api);
    await enter('Deposit amount', '5');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    await screen.findByText('Cannot reach the ledger');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    const [first, second] = api.calls.map((c) => (c.input as { commandId: string }).commandId);
    expect(second).toBe(first);
  });

  it('uses a new command id for a new submission', async () => {
    const api = fakeApi({ deposit: () => ok });
    renderMovement('deposit', api);
    for (const amount of ['5', '5']) {
      await enter('Deposit amount', amount);
      await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
      await waitFor(() =>
        expect((screen.getByLabelText('Deposit amount') as HTMLInputElement).value).toBe(''),
      );
    }
    const [first, second] = api.calls.map((c) => (c.input as { commandId: string }).commandId);
    expect(second).not.toBe(first);
  });
});

describe('open account form', () => {
  it('requires an owner and reports a bad opening balance', async () => {
    const api = fakeApi();
    render(OpenAccountForm, { context: withApi(api) });
    await enter('Opening balance (optional)', 'abc');
    await fireEvent.click(screen.getByRole('button', { name: 'Open account' }));
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toContain('Owner name is required');
    expect(alerts.some((t) => t?.includes('Enter an amount such as'))).toBe(true);
    expect(api.calls).toHaveLength(0);
  });

  it('opens the account and reports its id', async () => {
    const api = fakeApi({
      openAccount: () => ({ ok: true, value: { accountId: ACCOUNT_ID, position: 1, duplicate: false } }),
    });
    let opened: string | null = null;
    render(OpenAccountForm, { props: { ondone: (id: string) => (opened = id) }, context: withApi(api) });
    await enter('Owner', 'Alice');
    await fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'USD' } });
    await enter('Opening balance (optional)', '12.5');
    await fireEvent.click(screen.getByRole('button', { name: 'Open account' }));
    await waitFor(() => expect(opened).toBe(ACCOUNT_ID));
    expect(api.calls[0]!.input).toMatchObject({ owner: 'Alice', currency: 'USD', openingBalance: '12.50' });
  });
});

describe('typing ahead', () => {
  it('keeps what the user typed while the previous movement was pending', async () => {
    const pending = deferred<Result<{ position: number; duplicate: boolean }>>();
    const api = fakeApi({ deposit: () => pending.promise });
    renderMovement('deposit', api);
    await enter('Deposit amount', '1.00');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    await enter('Deposit amount', '2.00');
    pending.resolve(ok);
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Deposit' }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect((screen.getByLabelText('Deposit amount') as HTMLInputElement).value).toBe('2.00');
  });
});
