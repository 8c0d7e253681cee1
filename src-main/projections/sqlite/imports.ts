// The import history: one row per statement import batch (account, file name and format when the
// import recorded them, lines, total, when, how many of its movements were reversed since), and
// the batch of each imported movement, so a correction of one (undo-import, or by hand) is
// counted. The batch id is in the events' metadata, which projected events do not carry: the
// writer asks `ctx.metadataOf` for the movements only.
import type { Projection, TableNames } from './projection';

export const importsProjection: Projection = {
  name: 'imports',
  definitionVersion: 1,
  tables: ['imports', 'import_movements'],
  create(db, t: TableNames, tag) {
    db.exec(`CREATE TABLE ${t.imports} (
      batch_id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL,
      file_name TEXT,
      format TEXT,
      line_count INTEGER NOT NULL,
      total_minor INTEGER NOT NULL,
      currency TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      first_position INTEGER NOT NULL,
      last_position INTEGER NOT NULL,
      reversed_count INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX ${t.imports}_account_${tag} ON ${t.imports} (account_id, first_position);
    CREATE TABLE ${t.import_movements} (
      event_id TEXT PRIMARY KEY,
      batch_id TEXT NOT NULL,
      reversed INTEGER NOT NULL
    ) WITHOUT ROWID;`);
  },
  writer(db, t, ctx) {
    const addMovement = db.prepare(
      `INSERT INTO ${t.import_movements} (event_id, batch_id, reversed) VALUES (?, ?, 0) ON CONFLICT DO NOTHING`,
    );
    const upsertBatch = db.prepare(
      `INSERT INTO ${t.imports} (batch_id, account_id, file_name, format, line_count, total_minor, currency,
         imported_at, first_position, last_position, reversed_count)
       VALUES (@batch, @account, @file, @format, 1, @amount, @currency, @at, @position, @position, 0)
       ON CONFLICT (batch_id) DO UPDATE SET line_count = line_count + 1, total_minor = total_minor + @amount,
         last_position = max(last_position, @position)`,
    );
    const reverse = db.prepare(
      `UPDATE ${t.import_movements} SET reversed = 1 WHERE event_id = ? AND reversed = 0 RETURNING batch_id`,
    );
    const countReversed = db.prepare(
      `UPDATE ${t.imports} SET reversed_count = reversed_count + 1 WHERE batch_id = ?`,
    );
    return (e) => {
      if (e.eventType === 'MoneyDeposited' || e.eventType === 'MoneyWithdrawn') {
        const m = ctx.metadataOf(e);
        if (m.importBatchId === undefined) return;
        // A redelivered event is a no-op: the movement row is the guard.
        if (addMovement.run(e.eventId, m.importBatchId).changes === 0) return;
        const minor = e.eventType === 'MoneyDeposited' ? e.data.amount.minor : -e.data.amount.minor;
        upsertBatch.run({
          batch: m.importBatchId,
          account: e.aggregateId,
          file: m.importFile ?? null,
          format: m.importFormat ?? null,
          amount: minor,
          currency: e.data.amount.currency,
          at: e.timestamp,
          position: e.position,
        });
        return;
      }
      if (e.eventType === 'MovementCorrected') {
        const row = reverse.get(e.data.correctedEventId) as { batch_id: string } | undefined;
        if (row) countReversed.run(row.batch_id);
      }
    };
  },
};
