import { afterEach } from 'vitest';
import type Database from 'better-sqlite3';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { eventStoreContract } from '../support/event-store-contract';
import { tempLedgerPath } from '../support/temp-dir';

const open: Database.Database[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

eventStoreContract('SQLite (better-sqlite3)', () => {
  const path = tempLedgerPath();
  const make = () => {
    const { db, store } = openStore(path);
    open.push(db);
    return store;
  };
  return { store: make(), reopen: make };
});
