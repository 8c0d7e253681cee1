// Account balances: the seed's projection, with its version guard, so that applying the same
// event twice changes nothing.
import { balanceDelta } from '../../../src-shared/events';
import type { Projection } from './projection';

export const balancesProjection: Projection = {
  name: 'balances',
  definitionVersion: 1,
  tables: ['balances'],
  create(db, t) {
    db.exec(`CREATE TABLE ${t.balances} (
      account_id TEXT PRIMARY KEY,
      currency TEXT NOT NULL,
      balance_minor INTEGER NOT NULL,
      version INTEGER NOT NULL
    ) WITHOUT ROWID`);
  },
  writer(db, t) {
    const insert = db.prepare(
      `INSERT INTO ${t.balances} (account_id, currency, balance_minor, version) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const update = db.prepare(
      `UPDATE ${t.balances} SET balance_minor = balance_minor + ?, version = ? WHERE account_id = ? AND version < ?`,
    );
    return (e) => {
      if (e.eventType === 'AccountCreated') {
        insert.run(e.aggregateId, e.data.currency, e.data.openingBalance.minor, e.version);
      } else {
        update.run(balanceDelta(e), e.version, e.aggregateId, e.version);
      }
    };
  },
  bulkWriter(db, t) {
    const put = db.prepare(
      `INSERT INTO ${t.balances} (account_id, currency, balance_minor, version) VALUES (?, ?, ?, ?)
        ON CONFLICT (account_id) DO UPDATE SET balance_minor = excluded.balance_minor, version = excluded.version`,
    );
    const rows = new Map<string, { currency: string; balance: number; version: number }>();
    const dirty = new Set<string>();
    return {
      apply(e) {
        const r = rows.get(e.aggregateId);
        if (e.eventType === 'AccountCreated') {
          if (r) return;
          rows.set(e.aggregateId, {
            currency: e.data.currency,
            balance: e.data.openingBalance.minor,
            version: e.version,
          });
        } else {
          if (!r || r.version >= e.version) return;
          r.balance += balanceDelta(e);
          r.version = e.version;
        }
        dirty.add(e.aggregateId);
      },
      flush() {
        for (const id of dirty) {
          const r = rows.get(id)!;
          put.run(id, r.currency, r.balance, r.version);
        }
        dirty.clear();
      },
    };
  },
};
