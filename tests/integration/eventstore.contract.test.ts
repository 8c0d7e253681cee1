// The event store contract suite against both implementations: SQLite (a real file, reopened for
// durability) and in memory. Any future store (say, PostgreSQL) runs the same two suites.
import { afterEach } from 'vitest';
import type Database from 'better-sqlite3';
import { MemoryEventStore } from '../../src-main/eventstore/memory/memory-event-store';
import { openStore } from '../../src-main/eventstore/sqlite/open-store';
import { currentSchemaVersion } from '../../src-main/eventstore/sqlite/open-store';
import { ledgerUpcast } from '../../src-main/eventstore/upcasters';
import { eventStoreContract, type StoreUnderTest } from '../support/event-store-contract';
import { eventStoreContractMore } from '../support/event-store-contract-more';
import { tempLedgerPath } from '../support/temp-dir';

const open: Database.Database[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function sqlite(): StoreUnderTest {
  const path = tempLedgerPath();
  const make = () => {
    const { db, store } = openStore(path);
    open.push(db);
    return store;
  };
  return { store: make(), reopen: make };
}

function memory(): StoreUnderTest {
  const store = new MemoryEventStore({ upcast: ledgerUpcast(), currentSchemaVersion });
  // Memory has no second connection: "reopening" is the same store, which is all it promises.
  return { store, reopen: () => store };
}

eventStoreContract('SQLite (better-sqlite3)', sqlite);
eventStoreContractMore('SQLite (better-sqlite3)', sqlite);
eventStoreContract('in memory', memory);
eventStoreContractMore('in memory', memory);
