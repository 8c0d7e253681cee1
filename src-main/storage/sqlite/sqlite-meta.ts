// ledger_meta: JSON values by key in the ledger file.
import type Database from 'better-sqlite3';
import type { MetaStore } from '../ledger-storage';

export function sqliteMeta(db: Database.Database): MetaStore {
  const get = db.prepare('SELECT value FROM ledger_meta WHERE key = ?').pluck();
  const set = db.prepare(
    'INSERT INTO ledger_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get<T>(key: string): T | null {
      const v = get.get(key) as string | undefined;
      return v === undefined ? null : (JSON.parse(v) as T);
    },
    set(key, value) {
      set.run(key, JSON.stringify(value));
    },
  };
}
