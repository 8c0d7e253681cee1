import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src-shared/contract';
import TimelineList from '../../src-renderer/src/components/TimelineList.svelte';
import { TimelineStore } from '../../src-renderer/src/stores/timeline.svelte';
import { ACCOUNT_ID, fakeApi } from './fake-api';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function entry(position: number): TimelineEntry {
  return {
    position,
    eventId: ID(position),
    eventType: 'MoneyDeposited',
    accountId: ACCOUNT_ID,
    name: 'Alice',
    owner: 'Alice',
    amount: { minor: 100, currency: 'EUR' },
    delta: 100,
    balanceAfter: { minor: position * 100, currency: 'EUR' },
    description: null,
    timestamp: '2026-01-02T10:00:00.000Z',
    valueDate: '2026-01-02',
    transferId: null,
    counterpartyAccountId: null,
    correctsEventId: null,
    correctedByEventId: null,
    category: null,
    payee: null,
  };
}

/** A log of `n` events, positions 1..n, answered as the core does (newest first). */
function logApi(n: { value: number }) {
  return fakeApi({
    timelineCount: () => ({ ok: true, value: { count: n.value } }),
    timeline: (input: { before?: number; offset?: number; limit: number }) => {
      const top = Math.min(input.before ?? n.value + 1, n.value + 1) - 1 - (input.offset ?? 0);
      const items: TimelineEntry[] = [];
      for (let p = top; p >= 1 && items.length < input.limit; p--) items.push(entry(p));
      const last = items.at(-1);
      return { ok: true, value: { items, nextBefore: last && last.position > 1 ? last.position : null } };
    },
  });
}

async function setup(total: number) {
  const n = { value: total };
  const api = logApi(n);
  const store = new TimelineStore(api);
  await store.reset({});
  const selected: string[] = [];
  render(TimelineList, {
    props: { store, selectedId: null, onselect: (e: TimelineEntry) => selected.push(e.eventId) },
  });
  await screen.findByRole('button', { name: `Deposit, Alice, Jan 2, 2026, position ${total}` });
  return { api, store, selected, n };
}

const rows = () => screen.getAllByRole('button', { name: /, position \d+$/ });

describe('timeline list keyboard', () => {
  it('is one Tab stop', async () => {
    await setup(500);
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(rows()[0]!.tabIndex).toBe(0);
  });

  it('moves with the arrows, by a page, and to both ends of the whole log', async () => {
    const { api } = await setup(5000);
    rows()[0]!.focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/position 4999$/));
    await fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/position 4990$/));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    // The oldest row is far past the loaded page: it is read by offset, then focused.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/position 1$/));
    expect(
      api.calls.some((c) => c.name === 'timeline' && (c.input as { offset?: number }).offset! > 4000),
    ).toBe(true);
    expect(
      rows()
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual(['Deposit, Alice, Jan 2, 2026, position 1']);
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/position 5000$/));
  });

  it('selects with Enter (a button) and keeps the other keys for the page', async () => {
    const { selected } = await setup(50);
    const first = rows()[0]!;
    const ev = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    first.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(false);
    await fireEvent.click(first);
    expect(selected).toEqual([ID(50)]);
  });
});

describe('timeline store', () => {
  it('reads the page after a loaded one by keyset, and a jump by offset', async () => {
    const { api, store } = await setup(1000);
    store.ensure(100, 150);
    store.ensure(700, 720);
    await waitFor(() => expect(store.entry(700)?.position).toBe(300));
    const reads = api.calls.filter((c) => c.name === 'timeline').map((c) => c.input);
    expect(reads).toContainEqual(expect.objectContaining({ before: 901, limit: 100 }));
    expect(reads).toContainEqual(expect.objectContaining({ offset: 700, limit: 100 }));
    expect(store.entry(150)?.position).toBe(850);
  });

  it('moves known rows down when new events arrive, and tells by how many', async () => {
    const { store, n } = await setup(300);
    store.ensure(0, 20);
    n.value = 303;
    let shifted = -1;
    await store.refresh((added) => (shifted = added));
    expect(shifted).toBe(3);
    expect(store.total).toBe(303);
    await waitFor(() => expect(store.entry(3)?.position).toBe(300));
    store.ensure(0, 20);
    await waitFor(() => expect(store.entry(0)?.position).toBe(303));
  });
});
