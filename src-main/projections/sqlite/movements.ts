// Every movement (deposits, withdrawals, both sides of transfers, corrections) with its current
// category, payee and tags: what search and the category reports read. A MovementCategorized
// updates its movement's row (and the row of a correction of it, which counts under the same
// category so a reversed movement nets out). Free text is indexed by SQLite FTS5 with the
// `unicode61 remove_diacritics 2` tokenizer: case- and accent-insensitive (`cafe` finds "Café").
// Category names are not stored here (ids are): a rename or merge is read through `categories`.
import { utcDateOf } from '../../../src-shared/dates';
import { balanceDelta, eventAmount, timelineFields } from '../../../src-shared/events';
import { currencyExponent } from '../../../src-shared/money';
import { AMOUNT_SCALE_DIGITS } from '../../../src-shared/search-query';
import type { Projection, TableNames } from './projection';

/**
 * Amounts are compared across currencies in thousandths of a major unit (search `amount:`): the
 * largest amount (2^53 minor units) of a currency without decimals still fits SQLite's integer.
 */
export function scaledAbs(minor: number, currency: string): bigint {
  const shift = AMOUNT_SCALE_DIGITS - currencyExponent(currency);
  const abs = BigInt(Math.abs(minor));
  return shift >= 0 ? abs * 10n ** BigInt(shift) : abs / 10n ** BigInt(-shift);
}

const MOVEMENTS = new Set(['MoneyDeposited', 'MoneyWithdrawn', 'TransferSent', 'TransferReceived']);

interface Meta {
  categoryId?: string | undefined;
  payee?: string | undefined;
  tags?: readonly string[] | undefined;
}
const tagsText = (tags: readonly string[] | undefined) => JSON.stringify(tags ?? []);
/** What FTS indexes of the tags: space-separated. */
const tagsWords = (tags: readonly string[] | undefined) => (tags ?? []).join(' ');

const indexes = (t: TableNames, tag: string) => [
  `CREATE INDEX ${t.movements}_date_${tag} ON ${t.movements} (value_date, position)`,
  `CREATE INDEX ${t.movements}_category_${tag} ON ${t.movements} (category_id, value_date)`,
];

export const movementsProjection: Projection = {
  name: 'movements',
  definitionVersion: 1,
  tables: ['movements', 'movements_fts'],
  create(db, t, tag, o) {
    db.exec(`CREATE TABLE ${t.movements} (
      position INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      account_id TEXT NOT NULL,
      value_date TEXT NOT NULL,
      timestamp TEXT NOT NULL,
      amount_minor INTEGER NOT NULL,
      currency TEXT NOT NULL,
      amount_scaled INTEGER NOT NULL,
      description TEXT,
      payee TEXT,
      category_id TEXT,
      tags TEXT NOT NULL,
      corrects_position INTEGER
    );
    -- The fold reads this one (a categorization updates the corrections of its movement).
    CREATE INDEX ${t.movements}_corrects_${tag} ON ${t.movements} (corrects_position);
    CREATE VIRTUAL TABLE ${t.movements_fts} USING fts5(description, payee, tags,
      tokenize = 'unicode61 remove_diacritics 2');`);
    if (o?.indexes !== false) for (const sql of indexes(t, tag)) db.exec(sql);
  },
  indexes,
  writer(db, t, ctx) {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO ${t.movements} (position, event_id, event_type, account_id, value_date, timestamp,
        amount_minor, currency, amount_scaled, description, payee, category_id, tags, corrects_position)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const row = db.prepare(
      `SELECT description, payee, category_id, tags FROM ${t.movements} WHERE position = ?`,
    );
    const setMeta = db.prepare(
      `UPDATE ${t.movements} SET payee = ?, category_id = ?, tags = ? WHERE position = ? OR corrects_position = ?`,
    );
    const ftsInsert = db.prepare(
      `INSERT INTO ${t.movements_fts} (rowid, description, payee, tags) VALUES (?, ?, ?, ?)`,
    );
    const ftsDelete = db.prepare(`DELETE FROM ${t.movements_fts} WHERE rowid = ?`);
    return (e) => {
      if (e.eventType === 'MovementCategorized') {
        const pos = ctx.positionOf(e.data.movementEventId);
        if (pos === null) return;
        const d: Meta = e.data;
        setMeta.run(d.payee ?? null, d.categoryId ?? null, tagsText(d.tags), pos, pos);
        const r = row.get(pos) as { description: string | null } | undefined;
        if (!r) return;
        ftsDelete.run(pos);
        ftsInsert.run(pos, r.description ?? '', d.payee ?? '', tagsWords(d.tags));
        return;
      }
      const isCorrection = e.eventType === 'MovementCorrected';
      if (!MOVEMENTS.has(e.eventType) && !isCorrection) return;
      const amount = eventAmount(e)!;
      const f = timelineFields(e);
      let meta: Meta = {};
      let correctsPosition: number | null = null;
      if (e.eventType === 'MovementCorrected') {
        correctsPosition = ctx.positionOf(e.data.correctedEventId);
        const o =
          correctsPosition === null
            ? undefined
            : (row.get(correctsPosition) as
                { payee: string | null; category_id: string | null; tags: string } | undefined);
        if (o)
          meta = {
            payee: o.payee ?? undefined,
            categoryId: o.category_id ?? undefined,
            tags: JSON.parse(o.tags) as string[],
          };
      } else {
        meta = e.data as Meta;
      }
      const r = insert.run(
        e.position,
        e.eventId,
        e.eventType,
        e.aggregateId,
        f.valueDate ?? utcDateOf(Date.parse(e.timestamp)),
        e.timestamp,
        balanceDelta(e),
        amount.currency,
        scaledAbs(amount.minor, amount.currency),
        f.description ?? null,
        meta.payee ?? null,
        meta.categoryId ?? null,
        tagsText(meta.tags),
        correctsPosition,
      );
      if (r.changes === 1 && !isCorrection)
        ftsInsert.run(e.position, f.description ?? '', meta.payee ?? '', tagsWords(meta.tags));
    };
  },
};
