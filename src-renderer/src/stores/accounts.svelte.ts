// All accounts with their balances: used by the accounts table, pickers and filters.
import type { AccountSummary, LedgerApi } from '../../../src-shared/contract';
import { Loadable } from './load.svelte';

export class AccountsStore {
  list: Loadable<AccountSummary[]>;

  constructor(api: LedgerApi) {
    this.list = new Loadable(() => api.listAccounts({}));
  }

  get accounts(): AccountSummary[] {
    return this.list.value ?? [];
  }

  find(accountId: string): AccountSummary | undefined {
    return this.accounts.find((a) => a.accountId === accountId);
  }

  load(): Promise<void> {
    return this.list.load();
  }
}
