import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { RebuildStatus } from '../../src-shared/contract';
import type { StoredEvent } from '../../src-shared/events';
import EventSummary from '../../src-renderer/src/components/EventSummary.svelte';
import { focusIfLost } from '../../src-renderer/src/lib/focus';
import { fullTextsFor, installFullText } from '../../src-renderer/src/lib/full-text';
import { formatMonth, formatShortDateTime } from '../../src-renderer/src/lib/locale';
import { matchesFilter, toFilter } from '../../src-renderer/src/lib/timeline-filter';
import { RebuildStore } from '../../src-renderer/src/stores/rebuild.svelte';
import RebuildView from '../../src-renderer/src/views/RebuildView.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

const status = (patch: Partial<RebuildStatus>): RebuildStatus => ({
  state: 'running',
  projections: ['balances'],
  done: 0,
  total: 0,
  rate: 0,
  etaSeconds: null,
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  error: null,
  verification: null,
  ...patch,
});

async function rebuildIn(s: RebuildStatus) {
  const api = fakeApi({ rebuildStatus: () => ({ ok: true, value: s }) });
  const store = new RebuildStore(api);
  await store.load();
  render(RebuildView, { props: { store }, context: withApi(api) });
}

describe('rebuild panel wording', () => {
  it('says it is counting before the worker knows the total', async () => {
    await rebuildIn(status({}));
    expect(screen.getByTestId('rebuild-count').textContent?.trim()).toBe('counting events…');
    expect(screen.queryByText(/0 events\/s/)).toBeNull();
  });

  it('says a cancelled rebuild left the live data unchanged', async () => {
    await rebuildIn(
      status({ state: 'cancelled', done: 10, total: 40, finishedAt: '2026-01-01T00:01:00.000Z' }),
    );
    expect(screen.getByTestId('rebuild-state').textContent).toBe('Cancelled');
    expect(screen.getByTestId('rebuild-outcome').textContent).toContain('the live data is unchanged');
  });
});

const stored = (eventType: StoredEvent['eventType'], data: unknown): StoredEvent =>
  ({
    position: 1234,
    eventId: ACCOUNT_ID,
    aggregateId: ACCOUNT_ID,
    aggregateType: 'Account',
    eventType,
    version: 2,
    timestamp: '2026-05-01T10:00:00.000Z',
    schemaVersion: 1,
    metadata: {},
    data,
    hash: 'h',
    prevHash: 'p',
  }) as StoredEvent;

describe('event summary', () => {
  it('shows a rename with the old and the new name', () => {
    render(EventSummary, {
      props: { event: stored('AccountRenamed', { name: 'Travel fund 2027', previousName: 'Travel fund' }) },
    });
    const text = document.body.textContent ?? '';
    expect(text).toContain('Old name');
    expect(text).toContain('Travel fund');
    expect(text).toContain('New name');
    expect(text).toContain('Travel fund 2027');
    expect(screen.getByRole('heading').textContent).toContain('#1,234');
  });

  it('shows an owner change with the old and the new owner', () => {
    render(EventSummary, {
      props: { event: stored('AccountOwnerChanged', { owner: 'Anna Diaz', previousOwner: 'Anna Martin' }) },
    });
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/Old owner\s*Anna Martin/);
    expect(text).toMatch(/New owner\s*Anna Diaz/);
  });

  it('shows a movement with its description and value date up front', () => {
    render(EventSummary, {
      props: {
        event: stored('MoneyDeposited', {
          amount: { minor: 4200, currency: 'EUR' },
          description: 'Rent refund',
          valueDate: '2026-03-01',
        }),
      },
    });
    const text = document.body.textContent ?? '';
    expect(text).toContain('€42.00');
    expect(text).toContain('Rent refund');
    expect(text).toContain('Mar 1, 2026');
  });
});

describe('four-digit years', () => {
  it('in short dates and in months', () => {
    expect(formatShortDateTime('2026-01-02T10:00:00.000Z', 'en-US')).toMatch(/2026/);
    expect(formatMonth('2026-03', 'en-US')).toBe('Mar 2026');
    expect(formatMonth('2026-03', 'de-DE')).toBe('März 2026');
  });
});

describe('timeline filter', () => {
  it('a selected event stays only while the filter lists it', () => {
    const e = {
      accountId: ACCOUNT_ID,
      eventType: 'MoneyDeposited' as const,
      timestamp: '2026-05-01T10:00:00.000Z',
    };
    expect(matchesFilter(e, {})).toBe(true);
    expect(matchesFilter(e, { eventTypes: ['AccountRenamed'] })).toBe(false);
    expect(matchesFilter(e, { accountId: '22222222-2222-4222-8222-222222222222' })).toBe(false);
    const day = toFilter({ accountId: '', eventType: '', fromDate: '2026-05-01', toDate: '2026-05-01' });
    expect(matchesFilter(e, day)).toBe(true);
    expect(
      matchesFilter(e, toFilter({ accountId: '', eventType: '', fromDate: '2026-05-02', toDate: '' })),
    ).toBe(false);
  });
});

describe('full text of truncated cells', () => {
  let uninstall: (() => void) | null = null;
  afterEach(() => {
    uninstall?.();
    document.body.innerHTML = '';
  });

  const truncated = (el: Element, cut: boolean) => {
    Object.defineProperty(el, 'scrollWidth', { value: cut ? 300 : 100 });
    Object.defineProperty(el, 'clientWidth', { value: 100 });
  };

  it('names the cut texts of a focused row, and only those', () => {
    document.body.innerHTML = `<button id="row"><span class="trunc" id="a">A very long owner name</span>
      <span class="trunc" id="b">Short</span></button>`;
    truncated(document.getElementById('a')!, true);
    truncated(document.getElementById('b')!, false);
    expect(fullTextsFor(document.getElementById('row')!)).toEqual(['A very long owner name']);
  });

  it('shows a tooltip on hover of a cut text and hides it on Escape', () => {
    uninstall = installFullText(document);
    const cell = document.createElement('span');
    cell.className = 'trunc';
    cell.textContent = 'Household account of the Martin-Diaz family';
    document.body.append(cell);
    truncated(cell, true);
    cell.dispatchEvent(new Event('pointerover', { bubbles: true }));
    const tip = document.querySelector<HTMLElement>('.full-text-tip')!;
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe('Household account of the Martin-Diaz family');
    expect(tip.getAttribute('aria-hidden')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(tip.hidden).toBe(true);
  });
});

describe('focus after navigation', () => {
  it('takes focus that fell back to the body, never from a control that has it', () => {
    document.body.innerHTML = '<h1 tabindex="-1">Account</h1><input />';
    const h1 = document.querySelector('h1')!;
    focusIfLost(h1);
    expect(document.activeElement).toBe(h1);
    const input = document.querySelector('input')!;
    input.focus();
    focusIfLost(h1);
    expect(document.activeElement).toBe(input);
  });
});
