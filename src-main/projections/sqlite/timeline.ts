// The timeline: every event in global order with what a screen needs to show it: the account's
// name, owner and balance after it in the log's order (running balance), the value date, and links
// between transfer sides and corrections. Paged by keyset on position (as recorded) or on
// (value date, position) (by date), so page 10,000 costs what page 1 costs.
// The running state (names, currency, balance, opening date) is the account's latest row: rows
// arrive in position order, so no separate state table is written on every command.
import { utcDateOf } from '../../../src-shared/dates';
import { balanceDelta, eventAmount, timelineFields } from '../../../src-shared/events';
import type { Projection } from './projection';

interface AccountState {
  owner: string;
  name: string;
  currency: string;
  balance_after: number;
  opening_date: string;
}

export const timelineProjection: Projection = {
  name: 'timeline',
  definitionVersion: 4,
  tables: ['timeline', 'timeline_late'],
  create(db, t, tag) {
    db.exec(`CREATE TABLE ${t.timeline} (
      position INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      account_id TEXT NOT NULL,
      owner TEXT NOT NULL,
      name TEXT NOT NULL,
      currency TEXT NOT NULL,
      opening_date TEXT NOT NULL,
      amount_minor INTEGER,
      delta INTEGER NOT NULL,
      balance_after INTEGER NOT NULL,
      description TEXT,
      timestamp TEXT NOT NULL,
      value_date TEXT NOT NULL,
      transfer_id TEXT,
      counterparty_id TEXT,
      corrects_event_id TEXT,
      corrected_by_event_id TEXT
    );
    CREATE INDEX ${t.timeline}_account_${tag} ON ${t.timeline} (account_id, position);
    CREATE INDEX ${t.timeline}_account_date_${tag} ON ${t.timeline} (account_id, value_date, position);
    CREATE INDEX ${t.timeline}_date_${tag} ON ${t.timeline} (value_date, position);
    CREATE INDEX ${t.timeline}_type_${tag} ON ${t.timeline} (event_type, position);
    -- Entries recorded with a time earlier than an entry before them (a clock stepped back, or
    -- history appended with its own times). "Known at T" seeks the latest time at or before T in
    -- the events' timestamp index, then only these can be a later position recorded by T.
    CREATE TABLE ${t.timeline_late} (position INTEGER PRIMARY KEY, timestamp INTEGER NOT NULL);`);
  },
  writer(db, t, ctx) {
    // One seek in the (account_id, position) index: a read, so no extra page to commit.
    const state = db.prepare(
      `SELECT owner, name, currency, balance_after, opening_date FROM ${t.timeline}
        WHERE account_id = ? ORDER BY position DESC LIMIT 1`,
    );
    const insert = db.prepare(
      `INSERT INTO ${t.timeline} (position, event_id, event_type, account_id, owner, name, currency, opening_date,
        amount_minor, delta, balance_after, description, timestamp, value_date, transfer_id, counterparty_id,
        corrects_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // The corrected row is found by its position (through the store's event-id lookup), so the
    // timeline needs no index on event_id: one less page to write per command.
    const markCorrected = db.prepare(`UPDATE ${t.timeline} SET corrected_by_event_id = ? WHERE position = ?`);
    // The opening entry (and its balance) sits on the opening date, wherever that moves.
    const moveOpening = db.prepare(
      `UPDATE ${t.timeline} SET value_date = ? WHERE account_id = ? AND event_type = 'AccountCreated'`,
    );
    const late = db.prepare(`INSERT INTO ${t.timeline_late} (position, timestamp) VALUES (?, ?)`);
    // The latest time so far, carried from one event to the next; looked up again (one index
    // seek) whenever the positions do not follow on (first event, a rollback, another writer).
    let clock: { position: number; latest: number } | null = null;
    return (e) => {
      // Every event keeps the clock (so "known at" sees late entries of any stream).
      const at = Date.parse(e.timestamp);
      const before =
        clock && clock.position === e.position - 1 ? clock.latest : ctx.latestTimestampBefore(e.position);
      if (before !== null && at < before) late.run(e.position, at);
      clock = { position: e.position, latest: Math.max(at, before ?? at) };
      // The timeline is the accounts' log; the category tree's stream has no account.
      if (e.aggregateType !== 'Account') return;
      const f = timelineFields(e);
      let s: AccountState;
      if (e.eventType === 'AccountCreated') {
        s = { owner: '', name: '', currency: e.data.currency, balance_after: 0, opening_date: '' };
      } else {
        const found = state.get(e.aggregateId) as AccountState | undefined;
        if (!found) throw new Error(`Timeline: event ${e.eventId} for an account it has not seen`);
        s = found;
      }
      const delta = balanceDelta(e);
      insert.run(
        e.position,
        e.eventId,
        e.eventType,
        e.aggregateId,
        f.owner ?? s.owner,
        f.name ?? s.name,
        s.currency,
        f.openingDate ?? s.opening_date,
        eventAmount(e)?.minor ?? null,
        delta,
        s.balance_after + delta,
        f.description ?? null,
        e.timestamp,
        f.valueDate ?? utcDateOf(Date.parse(e.timestamp)),
        f.transferId ?? null,
        f.counterpartyId ?? null,
        f.correctsEventId ?? null,
      );
      if (f.correctsEventId) markCorrected.run(e.eventId, ctx.positionOf(f.correctsEventId));
      if (e.eventType === 'AccountOpeningDateSet') moveOpening.run(e.data.openingDate, e.aggregateId);
    };
  },
};
