// The accounts list: name, owner, type, currency, status, balance, opening date, event count,
// last activity. Every event updates the row with what its definition says it changes (a version
// guard makes a redelivered event a no-op).
import { balanceDelta, timelineFields } from '../../../src-shared/events';
import type { Projection, TableNames } from './projection';

const indexes = (t: TableNames, tag: string) => [
  `CREATE INDEX ${t.accounts}_name_${tag} ON ${t.accounts} (name COLLATE NOCASE)`,
];

type Row = [
  name: string,
  owner: string,
  type: string,
  currency: string,
  status: string,
  balance: number,
  openingDate: string,
  eventCount: number,
  openedAt: string,
  openedPosition: number,
  lastActivity: string,
  version: number,
];

export const accountsProjection: Projection = {
  name: 'accounts',
  definitionVersion: 2,
  tables: ['accounts'],
  create(db, t, tag, o) {
    db.exec(`CREATE TABLE ${t.accounts} (
      account_id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      owner TEXT NOT NULL,
      type TEXT NOT NULL,
      currency TEXT NOT NULL,
      status TEXT NOT NULL,
      balance_minor INTEGER NOT NULL,
      opening_date TEXT NOT NULL,
      event_count INTEGER NOT NULL,
      opened_at TEXT NOT NULL,
      opened_position INTEGER NOT NULL,
      last_activity TEXT NOT NULL,
      version INTEGER NOT NULL
    ) WITHOUT ROWID`);
    if (o?.indexes !== false) for (const sql of indexes(t, tag)) db.exec(sql);
  },
  indexes,
  writer(db, t) {
    const insert = db.prepare(
      `INSERT INTO ${t.accounts} (account_id, name, owner, type, currency, status, balance_minor, opening_date,
        event_count, opened_at, opened_position, last_activity, version)
        VALUES (?, ?, ?, ?, ?, 'open', ?, ?, 1, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    // One statement for every later event: NULL leaves a fact as it was. The name is set only by
    // the statement for a rename: SQLite rewrites an index entry whenever its column is in the
    // SET list, changed or not, so naming it on every event cost one page of accounts_name per command.
    const set = (name: string) =>
      db.prepare(
        `UPDATE ${t.accounts} SET balance_minor = balance_minor + ?,${name}
          owner = coalesce(?, owner), opening_date = coalesce(?, opening_date),
          status = CASE WHEN ? THEN 'closed' ELSE status END,
          event_count = event_count + 1, last_activity = ?, version = ?
          WHERE account_id = ? AND version < ?`,
      );
    const update = set('');
    const rename = set(' name = ?,');
    return (e) => {
      if (e.eventType === 'AccountCreated') {
        const d = e.data;
        insert.run(
          e.aggregateId,
          d.name,
          d.owner,
          d.type,
          d.currency,
          d.openingBalance.minor,
          d.openingDate,
          e.timestamp,
          e.position,
          e.timestamp,
          e.version,
        );
        return;
      }
      const f = timelineFields(e);
      const named = f.name !== undefined;
      (named ? rename : update).run(
        balanceDelta(e),
        ...(named ? [f.name] : []),
        f.owner ?? null,
        f.openingDate ?? null,
        e.eventType === 'AccountClosed' ? 1 : 0,
        e.timestamp,
        e.version,
        e.aggregateId,
        e.version,
      );
    };
  },
  bulkWriter(db, t) {
    const put = db.prepare(
      `INSERT OR REPLACE INTO ${t.accounts} (account_id, name, owner, type, currency, status, balance_minor,
        opening_date, event_count, opened_at, opened_position, last_activity, version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const rows = new Map<string, Row>();
    const dirty = new Set<string>();
    return {
      apply(e) {
        const r = rows.get(e.aggregateId);
        if (e.eventType === 'AccountCreated') {
          if (r) return;
          const d = e.data;
          rows.set(e.aggregateId, [
            d.name,
            d.owner,
            d.type,
            d.currency,
            'open',
            d.openingBalance.minor,
            d.openingDate,
            1,
            e.timestamp,
            e.position,
            e.timestamp,
            e.version,
          ]);
        } else {
          if (!r || r[11] >= e.version) return;
          const f = timelineFields(e);
          r[5] += balanceDelta(e);
          r[0] = f.name ?? r[0];
          r[1] = f.owner ?? r[1];
          r[6] = f.openingDate ?? r[6];
          if (e.eventType === 'AccountClosed') r[4] = 'closed';
          r[7] += 1;
          r[10] = e.timestamp;
          r[11] = e.version;
        }
        dirty.add(e.aggregateId);
      },
      flush() {
        for (const id of dirty) put.run(id, ...rows.get(id)!);
        dirty.clear();
      },
    };
  },
};
