import { describe, expect, it, vi } from 'vitest';
import { createClient, takeToken } from '../../src-renderer/src/lib/api';
import { ACCOUNT_ID } from './fake-api';

describe('typed client', () => {
  it('validates input with the contract before anything is sent', async () => {
    const call = vi.fn();
    const api = createClient({ call, on: () => () => {} });
    const r = await api.deposit({ commandId: 'cmd-123456', accountId: ACCOUNT_ID, amount: '1e3' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('passes valid input through and returns the envelope', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: { position: 1, duplicate: false } }));
    const api = createClient({ call, on: () => () => {} });
    const input = { commandId: 'cmd-123456', accountId: ACCOUNT_ID, amount: '10.00' };
    expect(await api.deposit(input)).toEqual({ ok: true, value: { position: 1, duplicate: false } });
    expect(call).toHaveBeenCalledWith('deposit', input);
  });

  it('turns a transport failure into an io envelope instead of throwing', async () => {
    const api = createClient({
      call: async () => {
        throw new TypeError('Failed to fetch');
      },
      on: () => () => {},
    });
    const r = await api.listAccounts({});
    expect(r).toMatchObject({ ok: false, error: { code: 'io', reason: 'unreachable' } });
  });

  it('drops push payloads that do not match the contract', () => {
    let deliver: (p: unknown) => void = () => {};
    const api = createClient({ call: vi.fn(), on: (_n, l) => ((deliver = l), () => {}) });
    const seen: unknown[] = [];
    api.on('ledgerChanged', (p) => seen.push(p));
    deliver({ position: 'x' });
    deliver({ position: 3 });
    expect(seen).toEqual([{ position: 3 }]);
  });
});

describe('token handling', () => {
  it('takes the token from the URL, keeps it for the tab and removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc123#/timeline');
    sessionStorage.clear();
    expect(takeToken()).toBe('abc123');
    expect(location.search).toBe('');
    expect(location.hash).toBe('#/timeline');
    expect(takeToken()).toBe('abc123');
  });
});
