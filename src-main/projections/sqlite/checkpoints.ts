// Each projection's checkpoint (the last position it has folded) and definition version.
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';

export function ensureCheckpointTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    definition_version INTEGER NOT NULL
  ) WITHOUT ROWID`);
}

export const newTag = () => randomBytes(4).toString('hex');
