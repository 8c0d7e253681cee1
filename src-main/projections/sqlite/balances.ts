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
};
