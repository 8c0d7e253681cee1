// The api travels by Svelte context so views and tests can supply their own (a fake in tests).
import { getContext, setContext } from 'svelte';
import type { LedgerApi } from '../../../src-shared/contract';

export const API_KEY = Symbol('ledger-api');

export function provideApi(api: LedgerApi): void {
  setContext(API_KEY, api);
}

export function useApi(): LedgerApi {
  const api = getContext<LedgerApi | undefined>(API_KEY);
  if (!api) throw new Error('No LedgerApi in context: wrap the component in App or pass one in tests');
  return api;
}
