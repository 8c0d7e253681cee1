// Value dates in the renderer: the date field of every form that moves money or opens an
// account, refusals about dates shown at that field, the "recorded on …" marker, the two
// orders, the account's own name apart from its owner, and the bitemporal as-of query.
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AccountSummary, TimelineEntry } from '../../src-shared/contract';
import { todayIn } from '../../src-shared/dates';
import type { Result } from '../../src-shared/errors';
import MovementsTable from '../../src-renderer/src/components/MovementsTable.svelte';
import MovementForm from '../../src-renderer/src/forms/MovementForm.svelte';
import OpenAccountForm from '../../src-renderer/src/forms/OpenAccountForm.svelte';
import OpeningDateForm from '../../src-renderer/src/forms/OpeningDateForm.svelte';
import RenameForm from '../../src-renderer/src/forms/RenameForm.svelte';
import TransferForm from '../../src-renderer/src/forms/TransferForm.svelte';
import AsOfView from '../../src-renderer/src/views/AsOfView.svelte';
import { TimelineStore } from '../../src-renderer/src/stores/timeline.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

const OTHER_ID = '22222222-2222-4222-8222-222222222222';
const ok: Result<{ position: number; duplicate: boolean }> = {
  ok: true,
  value: { position: 2, duplicate: false },
};

async function enter(label: string | RegExp, value: string) {
  await fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function summary(accountId: string, name: string, openingDate = '2026-01-01'): AccountSummary {
  return {
    accountId,
    name,
    owner: 'Ada',
    type: 'checking',
    currency: 'EUR',
    status: 'open',
    balance: { minor: 10_000, currency: 'EUR' },
    openingDate,
    eventCount: 1,
    openedAt: '2026-01-01T08:00:00.000Z',
    lastActivity: '2026-01-01T08:00:00.000Z',
    version: 1,
  };
}

function entry(position: number, valueDate: string, timestamp: string): TimelineEntry {
  return {
    position,
    eventId: `${String(position).padStart(8, '0')}-0000-4000-8000-000000000000`,
    eventType: 'MoneyDeposited',
    accountId: ACCOUNT_ID,
    name: 'Household',
    owner: 'Ada',
    amount: { minor: 500, currency: 'EUR' },
    delta: 500,
    balanceAfter: { minor: 500 * position, currency: 'EUR' },
    description: null,
    timestamp,
    valueDate,
    transferId: null,
    counterpartyAccountId: null,
    correctsEventId: null,
    correctedByEventId: null,
    category: null,
    payee: null,
  };
}

describe('the date field of the money forms', () => {
  it('defaults to today in the user’s time zone and sends the value date', async () => {
    const api = fakeApi({ deposit: () => ok });
    render(MovementForm, {
      props: { kind: 'deposit', account: { accountId: ACCOUNT_ID, currency: 'EUR' }, locale: 'en-US' },
      context: withApi(api),
    });
    const date = screen.getByLabelText('Deposit date') as HTMLInputElement;
    expect(date.type).toBe('date');
    expect(date.value).toBe(todayIn());
    await enter('Deposit amount', '5');
    await enter('Deposit date', '2026-03-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({ amount: '5.00', valueDate: '2026-03-01' });
  });

  it('refuses a date before the account opened, at the field, before sending', async () => {
    const api = fakeApi({ withdraw: () => ok });
    render(MovementForm, {
      props: {
        kind: 'withdraw',
        account: { accountId: ACCOUNT_ID, currency: 'EUR', openingDate: '2026-02-01' },
        locale: 'en-US',
      },
      context: withApi(api),
    });
    await enter('Withdraw amount', '5');
    await enter('Withdraw date', '2026-01-15');
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    const date = screen.getByLabelText('Withdraw date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'The account opened on Feb 1, 2026; choose that day or later',
    );
    expect(api.calls).toHaveLength(0);
    // Valid again: the message goes at once.
    await enter('Withdraw date', '2026-02-01');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the core’s "before opening" refusal at the date field', async () => {
    const api = fakeApi({
      deposit: () => ({
        ok: false,
        error: {
          code: 'domain',
          reason: 'before_opening',
          message: 'The account "Household" opened on 2026-02-01; an entry cannot be dated 2026-01-15',
          details: { openingDate: '2026-02-01', valueDate: '2026-01-15' },
        },
      }),
    });
    render(MovementForm, {
      props: { kind: 'deposit', account: { accountId: ACCOUNT_ID, currency: 'EUR' }, locale: 'en-US' },
      context: withApi(api),
    });
    await enter('Deposit amount', '5');
    await enter('Deposit date', '2026-01-15');
    await fireEvent.click(screen.getByRole('button', { name: 'Deposit' }));
    const date = screen.getByLabelText('Deposit date');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    const alert = document.getElementById(date.getAttribute('aria-describedby')!)!;
    expect(alert.textContent).toContain('The account opened on Feb 1, 2026');
    // One message, at the field: not repeated under the form.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('sends the transfer’s value date, checked against both accounts’ opening dates', async () => {
    const api = fakeApi({ transfer: () => ({ ok: true, value: { ...ok.value, transferId: OTHER_ID } }) });
    const from = summary(ACCOUNT_ID, 'Household', '2026-01-01');
    const to = summary(OTHER_ID, 'Savings', '2026-03-01');
    render(TransferForm, { props: { from, accounts: [from, to] }, context: withApi(api) });
    await fireEvent.change(screen.getByLabelText('To account'), { target: { value: OTHER_ID } });
    await enter('Transfer amount', '10');
    await enter('Transfer date', '2026-02-10');
    await fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(screen.getByRole('alert').textContent).toContain('opened on Mar 1, 2026');
    expect(api.calls).toHaveLength(0);
    await enter('Transfer date', '2026-03-02');
    await fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({ toAccountId: OTHER_ID, valueDate: '2026-03-02' });
    // The target list names accounts by their own name and owner.
    expect(screen.getByRole('option', { name: /Savings · Ada/ })).toBeTruthy();
  });

  it('opens an account with a name, a type and an opening date', async () => {
    const api = fakeApi({
      openAccount: () => ({ ok: true, value: { accountId: ACCOUNT_ID, position: 1, duplicate: false } }),
    });
    render(OpenAccountForm, { context: withApi(api) });
    expect((screen.getByLabelText('Opening date') as HTMLInputElement).value).toBe(todayIn());
    await enter('Owner', 'Ada');
    await enter('Account name (optional)', 'Joint checking');
    await fireEvent.change(screen.getByLabelText('Account type'), { target: { value: 'savings' } });
    await enter('Opening date', '2025-12-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Open account' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.calls[0]!.input).toMatchObject({
      owner: 'Ada',
      name: 'Joint checking',
      type: 'savings',
      openingDate: '2025-12-01',
    });
  });
});

describe('account name, owner and opening date', () => {
  it('renames the account and changes the owner by separate commands', async () => {
    const api = fakeApi({ renameAccount: () => ok, changeOwner: () => ok });
    const first = render(RenameForm, {
      props: { accountId: ACCOUNT_ID, current: 'Household', field: 'name' },
      context: withApi(api),
    });
    await enter('New account name', 'Household 2027');
    await fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    first.unmount();
    render(RenameForm, {
      props: { accountId: ACCOUNT_ID, current: 'Ada', field: 'owner' },
      context: withApi(api),
    });
    await enter('New owner name', 'Ada Lovelace');
    await fireEvent.click(screen.getByRole('button', { name: 'Change owner' }));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls.map((c) => c.name)).toEqual(['renameAccount', 'changeOwner']);
    expect(api.calls[0]!.input).toMatchObject({ name: 'Household 2027' });
    expect(api.calls[1]!.input).toMatchObject({ owner: 'Ada Lovelace' });
  });

  it('sets the opening date, and shows why a later one is refused', async () => {
    let n = 0;
    const api = fakeApi({
      setOpeningDate: () =>
        ++n === 1
          ? {
              ok: false,
              error: {
                code: 'domain',
                reason: 'entries_before_opening',
                message: 'The account has entries from 2026-01-10; it cannot open later than that',
                details: { earliestEntry: '2026-01-10' },
              },
            }
          : ok,
    });
    let done = false;
    render(OpeningDateForm, {
      props: { accountId: ACCOUNT_ID, current: '2026-01-05', ondone: () => (done = true) },
      context: withApi(api),
    });
    await enter('Opening date', '2026-02-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Set opening date' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('entries from Jan 10, 2026'));
    await enter('Opening date', '2025-06-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Set opening date' }));
    await waitFor(() => expect(done).toBe(true));
    expect(api.calls[1]!.input).toMatchObject({ accountId: ACCOUNT_ID, openingDate: '2025-06-01' });
  });
});

describe('value dates in lists', () => {
  it('shows each movement’s value date and marks one recorded on a later day', () => {
    render(MovementsTable, {
      props: {
        movements: [
          entry(2, '2026-03-01', '2026-03-01T09:00:00.000Z'),
          entry(3, '2026-01-15', '2026-03-05T12:00:00.000Z'),
        ],
        correctable: false,
        oncorrect: () => {},
      },
    });
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Mar 1, 2026');
    expect(rows[0]!.textContent).not.toContain('recorded on');
    expect(rows[1]!.textContent).toContain('Jan 15, 2026');
    expect(rows[1]!.textContent).toContain('recorded on Mar 5, 2026');
  });

  it('asks the timeline by value date and pages on by the date cursor', async () => {
    const api = fakeApi({
      timelineCount: () => ({ ok: true, value: { count: 150 } }),
      timeline: (input: { limit: number; cursor?: unknown }) => {
        const start = input.cursor ? 100 : 0;
        const items = Array.from({ length: Math.min(input.limit, 150 - start) }, (_, i) =>
          entry(150 - start - i, '2026-01-01', '2026-01-01T10:00:00.000Z'),
        );
        const last = items.at(-1)!;
        return {
          ok: true,
          value: { items, nextBefore: null, next: { position: last.position, valueDate: last.valueDate } },
        };
      },
    });
    const store = new TimelineStore(api);
    await store.reset({}, 'date');
    store.ensure(100, 120);
    await waitFor(() => expect(store.entry(100)).toBeDefined());
    const asked = api.calls.filter((c) => c.name === 'timeline').map((c) => c.input);
    expect(asked[0]).toMatchObject({ order: 'date' });
    expect(asked[1]).toMatchObject({ order: 'date', cursor: { position: 51, valueDate: '2026-01-01' } });
  });
});

describe('as of a date, as known at a moment', () => {
  it('asks for the books on a date, and as known on a moment when one is given', async () => {
    const api = fakeApi({
      balancesAsOf: (input: { date?: string; knownAt?: string }) => ({
        ok: true,
        value: {
          position: 7,
          timestamp: null,
          date: input.date ?? null,
          knownAt: input.knownAt ?? null,
          accounts: [
            {
              accountId: ACCOUNT_ID,
              name: 'Household',
              owner: 'Ada',
              currency: 'EUR',
              status: 'open' as const,
              balance: { minor: 12_345, currency: 'EUR' },
            },
          ],
        },
      }),
    });
    render(AsOfView, { context: withApi(api) });
    await enter('As-of date', '2026-06-30');
    await fireEvent.click(screen.getByRole('button', { name: 'Show the books' }));
    await screen.findByText(/Books on Jun 30, 2026/);
    expect(api.calls[0]!.input).toEqual({ date: '2026-06-30' });
    expect(screen.getByTestId('asof-banner').textContent).toContain('as recorded now');

    await enter('As known on (optional)', '2026-07-05T12:00:30');
    await fireEvent.click(screen.getByRole('button', { name: 'Show the books' }));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    const second = api.calls[1]!.input as { date: string; knownAt: string };
    expect(second.date).toBe('2026-06-30');
    // The whole second named, inclusive, as a UTC instant.
    expect(second.knownAt).toBe(new Date(new Date('2026-07-05T12:00:30').getTime() + 999).toISOString());
    await screen.findByText(/as known on/);
    expect(screen.getByRole('table', { name: /Balances on Jun 30, 2026/ }).textContent).toContain(
      'Household',
    );
  });

  it('keeps the log’s own moment mode', async () => {
    const api = fakeApi({
      balancesAsOf: () => ({
        ok: true,
        value: { position: 3, timestamp: null, date: null, knownAt: null, accounts: [] },
      }),
    });
    render(AsOfView, { context: withApi(api) });
    await enter('Date and time', '2026-01-01T00:00:00');
    await fireEvent.click(screen.getByRole('button', { name: 'Show balances' }));
    await screen.findByText(/Past view/);
    expect(Object.keys(api.calls[0]!.input as object)).toEqual(['time']);
  });
});
