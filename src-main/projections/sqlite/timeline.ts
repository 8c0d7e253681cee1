// The timeline: every event in global order with what a screen needs to show it, including
// the account's balance after it (running balance) and links between transfer sides and
// corrections. Paged by keyset on position, so page 10,000 costs what page 1 costs.
// The running state (owner, currency, balance) is the account's latest row: rows arrive in
// position order, so no separate state table is written on every command.
import { balanceDelta, eventAmount, timelineFields } from '../../../src-shared/events';
import type { Projection } from './projection';

export const timelineProjection: Projection = {
  name: 'timeline',
  definitionVersion: 2,
  tables: ['timeline'],
  create(db, t, tag) {
    db.exec(`CREATE TABLE ${t.timeline} (
      position INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      account_id TEXT NOT NULL,
      owner TEXT NOT NULL,
      currency TEXT NOT NULL,
      amount_minor INTEGER,
      delta INTEGER NOT NULL,
      balance_after INTEGER NOT NULL,
      description TEXT,
      timestamp TEXT NOT NULL,
      value_date TEXT,
      transfer_id TEXT,
      counterparty_id TEXT,
      corrects_event_id TEXT,
      corrected_by_event_id TEXT
    );
    CREATE INDEX ${t.timeline}_account_${tag} ON ${t.timeline} (account_id, position);
    CREATE INDEX ${t.timeline}_type_${tag} ON ${t.timeline} (event_type, position);`);
  },
  writer(db, t, ctx) {
    // One seek in the (account_id, position) index: a read, so no extra page to commit.
    const state = db.prepare(
      `SELECT owner, currency, balance_after FROM ${t.timeline} WHERE account_id = ? ORDER BY position DESC LIMIT 1`,
    );
    const insert = db.prepare(
      `INSERT INTO ${t.timeline} (position, event_id, event_type, account_id, owner, currency, amount_minor, delta,
        balance_after, description, timestamp, value_date, transfer_id, counterparty_id, corrects_event_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The corrected row is found by its position (through the store's event-id lookup), so the
    // timeline needs no index on event_id: one less page to write per command.
    const markCorrected = db.prepare(`UPDATE ${t.timeline} SET corrected_by_event_id = ? WHERE position = ?`);
    return (e) => {
      let owner: string;
      let currency: string;
      let balance: number;
      if (e.eventType === 'AccountCreated') {
        owner = e.data.owner;
        currency = e.data.currency;
        balance = e.data.openingBalance.minor;
      } else {
        const s = state.get(e.aggregateId) as
          { owner: string; currency: string; balance_after: number } | undefined;
        if (!s) throw new Error(`Timeline: event ${e.eventId} for an account it has not seen`);
        owner = e.eventType === 'AccountRenamed' ? e.data.owner : s.owner;
        currency = s.currency;
        balance = s.balance_after + balanceDelta(e);
      }
      const f = timelineFields(e);
      insert.run(
        e.position,
        e.eventId,
        e.eventType,
        e.aggregateId,
        owner,
        currency,
        eventAmount(e)?.minor ?? null,
        balanceDelta(e),
        balance,
        f.description ?? null,
        e.timestamp,
        f.valueDate ?? null,
        f.transferId ?? null,
        f.counterpartyId ?? null,
        f.correctsEventId ?? null,
      );
      if (f.correctsEventId) markCorrected.run(e.eventId, ctx.positionOf(f.correctsEventId));
    };
  },
};
