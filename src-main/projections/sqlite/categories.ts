// The category tree and the rules, as the Categories stream says. Merged categories keep their
// row with `merged_into` set, so the movements that name them resolve to the category that now
// stands for them. Every statement sets a fact or inserts once: a redelivered event changes nothing.
import type { Projection } from './projection';

export const categoriesProjection: Projection = {
  name: 'categories',
  definitionVersion: 1,
  tables: ['categories', 'category_rules'],
  create(db, t) {
    db.exec(`CREATE TABLE ${t.categories} (
      category_id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      parent_id TEXT,
      archived INTEGER NOT NULL,
      merged_into TEXT,
      created_position INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE ${t.category_rules} (
      rule_id TEXT PRIMARY KEY,
      payee TEXT,
      description_contains TEXT,
      category_id TEXT NOT NULL,
      set_payee TEXT,
      position INTEGER NOT NULL
    ) WITHOUT ROWID;`);
  },
  writer(db, t) {
    const create = db.prepare(
      `INSERT INTO ${t.categories} (category_id, name, parent_id, archived, merged_into, created_position)
        VALUES (?, ?, ?, 0, NULL, ?) ON CONFLICT DO NOTHING`,
    );
    const rename = db.prepare(`UPDATE ${t.categories} SET name = ? WHERE category_id = ?`);
    const move = db.prepare(`UPDATE ${t.categories} SET parent_id = ? WHERE category_id = ?`);
    const merge = db.prepare(`UPDATE ${t.categories} SET merged_into = ? WHERE category_id = ?`);
    const archive = db.prepare(`UPDATE ${t.categories} SET archived = 1 WHERE category_id = ?`);
    const rule = db.prepare(
      `INSERT INTO ${t.category_rules} (rule_id, payee, description_contains, category_id, set_payee, position)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    return (e) => {
      switch (e.eventType) {
        case 'CategoryCreated':
          create.run(e.data.categoryId, e.data.name, e.data.parentId ?? null, e.position);
          break;
        case 'CategoryRenamed':
          rename.run(e.data.name, e.data.categoryId);
          break;
        case 'CategoryMoved':
          move.run(e.data.parentId ?? null, e.data.categoryId);
          break;
        case 'CategoriesMerged':
          merge.run(e.data.intoCategoryId, e.data.fromCategoryId);
          break;
        case 'CategoryArchived':
          archive.run(e.data.categoryId);
          break;
        case 'RuleAdded': {
          const m = e.data.match;
          rule.run(
            e.data.ruleId,
            'payee' in m ? m.payee : null,
            'descriptionContains' in m ? m.descriptionContains : null,
            e.data.categoryId,
            e.data.setPayee ?? null,
            e.position,
          );
          break;
        }
        // The accounts' events do not change the tree.
        case 'AccountCreated':
        case 'MoneyDeposited':
        case 'MoneyWithdrawn':
        case 'TransferSent':
        case 'TransferReceived':
        case 'AccountRenamed':
        case 'AccountOwnerChanged':
        case 'AccountOpeningDateSet':
        case 'MovementCorrected':
        case 'AccountReconciled':
        case 'MovementCategorized':
        case 'AccountClosed':
          break;
      }
    };
  },
};
