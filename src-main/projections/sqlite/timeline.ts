// The timeline: every event in global order with what a screen needs to show it: the account's
// name, owner and balance after it in the log's order (running balance), the value date, and links
// between transfer sides and corrections. Paged by keyset on position (as recorded) or on
// (value date, position) (by date), so page 10,000 costs what page 1 costs.
// The running state (names, currency, balance, opening date) is the account's latest row: rows
// arrive in position order, so no separate state table is written on every command.
import { utcDateOf } from '../../../src-shared/dates';
import { balanceDelta, eventAmount, timelineFields } from '../../../src-shared/events';
import type Database from 'better-sqlite3';
import type { ProjectedEvent } from '../../eventstore/types';
import type { Projection, TableNames, WriterContext } from './projection';

interface AccountState {
  owner: string;
  name: string;
  currency: string;
  balance_after: number;
  opening_date: string;
}

const indexes = (t: TableNames, tag: string) => [
  `CREATE INDEX ${t.timeline}_account_${tag} ON ${t.timeline} (account_id, position)`,
  `CREATE INDEX ${t.timeline}_account_date_${tag} ON ${t.timeline} (account_id, value_date, position)`,
  `CREATE INDEX ${t.timeline}_date_${tag} ON ${t.timeline} (value_date, position)`,
  `CREATE INDEX ${t.timeline}_type_${tag} ON ${t.timeline} (event_type, position)`,
];

export const timelineProjection: Projection = {
  name: 'timeline',
  definitionVersion: 4,
  tables: ['timeline', 'timeline_late'],
  create(db, t, tag, o) {
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
    -- Entries recorded with a time earlier than an entry before them (a clock stepped back, or
    -- history appended with its own times). "Known at T" seeks the latest time at or before T in
    -- the events' timestamp index, then only these can be a later position recorded by T.
    CREATE TABLE ${t.timeline_late} (position INTEGER PRIMARY KEY, timestamp INTEGER NOT NULL);`);
    if (o?.indexes !== false) for (const sql of indexes(t, tag)) db.exec(sql);
  },
  indexes,
  writer(db, t, ctx) {
    // One seek in the (account_id, position) index: a read, so no extra page to commit.
    const state = db.prepare(
      `SELECT owner, name, currency, balance_after, opening_date FROM ${t.timeline}
        WHERE account_id = ? ORDER BY position DESC LIMIT 1`,
    );
    // The opening entry (and its balance) sits on the opening date, wherever that moves.
    const moveOpening = db.prepare(
      `UPDATE ${t.timeline} SET value_date = ? WHERE account_id = ? AND event_type = 'AccountCreated'`,
    );
    return fold(db, t, ctx, {
      stateOf: (id) => state.get(id) as AccountState | undefined,
      saw: () => {},
      moveOpening: (id, date) => moveOpening.run(date, id),
    });
  },
  bulkWriter(db, t, ctx) {
    // The tables start empty and the events come in position order: each account's latest row is
    // kept here, and its opening entry is found by position (no index on account_id yet).
    const states = new Map<string, AccountState & { opened: number }>();
    const moveOpening = db.prepare(`UPDATE ${t.timeline} SET value_date = ? WHERE position = ?`);
    const apply = fold(db, t, ctx, {
      stateOf: (id) => states.get(id),
      saw: (e, row) => {
        const s = states.get(e.aggregateId);
        if (s && e.eventType !== 'AccountCreated') {
          s.owner = row.owner;
          s.name = row.name;
          s.balance_after = row.balance_after;
          s.opening_date = row.opening_date;
        } else states.set(e.aggregateId, { ...row, opened: e.position });
      },
      moveOpening: (id, date) => {
        const s = states.get(id);
        if (s) moveOpening.run(date, s.opened);
      },
    });
    return { apply, flush: () => {} };
  },
};

/** The fold step of both writers: where the account's running state comes from is theirs. */
function fold(
  db: Database.Database,
  t: TableNames,
  ctx: WriterContext,
  how: {
    stateOf(accountId: string): AccountState | undefined;
    /** The row just inserted for the event (its state for the next one). */
    saw(e: ProjectedEvent, row: AccountState): void;
    moveOpening(accountId: string, openingDate: string): void;
  },
): (e: ProjectedEvent) => void {
  const insert = db.prepare(
    `INSERT INTO ${t.timeline} (position, event_id, event_type, account_id, owner, name, currency, opening_date,
      amount_minor, delta, balance_after, description, timestamp, value_date, transfer_id, counterparty_id,
      corrects_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The corrected row is found by its position (through the store's event-id lookup), so the
  // timeline needs no index on event_id: one less page to write per command.
  const markCorrected = db.prepare(`UPDATE ${t.timeline} SET corrected_by_event_id = ? WHERE position = ?`);
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
      const found = how.stateOf(e.aggregateId);
      if (!found) throw new Error(`Timeline: event ${e.eventId} for an account it has not seen`);
      s = found;
    }
    const delta = balanceDelta(e);
    const row: AccountState = {
      owner: f.owner ?? s.owner,
      name: f.name ?? s.name,
      currency: s.currency,
      balance_after: s.balance_after + delta,
      opening_date: f.openingDate ?? s.opening_date,
    };
    insert.run(
      e.position,
      e.eventId,
      e.eventType,
      e.aggregateId,
      row.owner,
      row.name,
      row.currency,
      row.opening_date,
      eventAmount(e)?.minor ?? null,
      delta,
      row.balance_after,
      f.description ?? null,
      e.timestamp,
      f.valueDate ?? utcDateOf(at),
      f.transferId ?? null,
      f.counterpartyId ?? null,
      f.correctsEventId ?? null,
    );
    how.saw(e, row);
    if (f.correctsEventId) markCorrected.run(e.eventId, ctx.positionOf(f.correctsEventId));
    if (e.eventType === 'AccountOpeningDateSet') how.moveOpening(e.aggregateId, e.data.openingDate);
  };
}
