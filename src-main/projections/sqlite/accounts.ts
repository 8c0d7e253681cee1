// The accounts list: owner, currency, status, balance, event count, last activity.
import { balanceDelta } from '../../../src-shared/events';
import type { Projection } from './projection';

export const accountsProjection: Projection = {
  name: 'accounts',
  definitionVersion: 1,
  tables: ['accounts'],
  create(db, t, tag) {
    db.exec(`CREATE TABLE ${t.accounts} (
      account_id TEXT PRIMARY KEY,
      owner TEXT NOT NULL,
      currency TEXT NOT NULL,
      status TEXT NOT NULL,
      balance_minor INTEGER NOT NULL,
      event_count INTEGER NOT NULL,
      opened_at TEXT NOT NULL,
      opened_position INTEGER NOT NULL,
      last_activity TEXT NOT NULL,
      version INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX ${t.accounts}_owner_${tag} ON ${t.accounts} (owner COLLATE NOCASE);`);
  },
  writer(db, t) {
    const insert = db.prepare(
      `INSERT INTO ${t.accounts} (account_id, owner, currency, status, balance_minor, event_count, opened_at,
        opened_position, last_activity, version) VALUES (?, ?, ?, 'open', ?, 1, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const move = db.prepare(
      `UPDATE ${t.accounts} SET balance_minor = balance_minor + ?, event_count = event_count + 1,
        last_activity = ?, version = ? WHERE account_id = ? AND version < ?`,
    );
    const rename = db.prepare(
      `UPDATE ${t.accounts} SET owner = ?, event_count = event_count + 1, last_activity = ?, version = ?
        WHERE account_id = ? AND version < ?`,
    );
    const close = db.prepare(
      `UPDATE ${t.accounts} SET status = 'closed', event_count = event_count + 1, last_activity = ?, version = ?
        WHERE account_id = ? AND version < ?`,
    );
    return (e) => {
      switch (e.eventType) {
        case 'AccountCreated':
          insert.run(
            e.aggregateId,
            e.data.owner,
            e.data.currency,
            e.data.openingBalance.minor,
            e.timestamp,
            e.position,
            e.timestamp,
            e.version,
          );
          break;
        case 'AccountRenamed':
          rename.run(e.data.owner, e.timestamp, e.version, e.aggregateId, e.version);
          break;
        case 'AccountClosed':
          close.run(e.timestamp, e.version, e.aggregateId, e.version);
          break;
        case 'MoneyDeposited':
        case 'MoneyWithdrawn':
        case 'TransferSent':
        case 'TransferReceived':
        case 'MovementCorrected':
          move.run(balanceDelta(e), e.timestamp, e.version, e.aggregateId, e.version);
      }
    };
  },
};
