// The Categories aggregate (one stream, see src-shared/events/category-events.ts): the category
// tree with unique sibling names, moves without cycles, merges and archiving, and the
// categorization rules.
//
// The default set is written lazily, as CategoryCreated events, by the first command that needs
// the tree (`ensureDefaults`): the log then says which categories a ledger started with, so a
// later app version with another default set never changes an existing ledger's history.
import { createHash } from 'node:crypto';
import type { DomainEventOf } from '../../src-shared/events';
import { CATEGORIES_STREAM_ID } from '../../src-shared/events';
import { Aggregate } from './aggregate';
import { domainError } from './domain-error';

type CategoriesEvent = DomainEventOf<'Categories'>;

export const DEFAULT_CATEGORIES: readonly string[] = [
  'Income:Salary',
  'Income:Interest',
  'Income:Other',
  'Food:Groceries',
  'Food:Restaurants',
  'Housing:Rent',
  'Housing:Utilities',
  'Transport',
  'Health',
  'Shopping',
  'Entertainment',
  'Savings',
];

export interface CategoryNode {
  id: string;
  name: string;
  parentId: string | undefined;
  archived: boolean;
  /** Set once merged: the category that now stands for it. */
  mergedInto: string | undefined;
}

export interface RuleState {
  ruleId: string;
  match: { payee: string } | { descriptionContains: string };
  categoryId: string;
  setPayee: string | undefined;
}

/** A stable id for a category created by `seed` at `path` (a retried command creates the same). */
export function categoryIdFor(seed: string, path: string): string {
  const h = createHash('sha256').update(`category#${seed}#${path}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('en');

export class Categories extends Aggregate<CategoriesEvent> {
  readonly nodes = new Map<string, CategoryNode>();
  readonly rules = new Map<string, RuleState>();

  constructor() {
    super(CATEGORIES_STREAM_ID);
  }

  /** Writes the default set if the tree was never written (a new ledger). */
  ensureDefaults(): void {
    if (this.version > 0 || this.changes.length > 0) return;
    for (const path of DEFAULT_CATEGORIES) this.resolve(path, 'default', { create: true });
  }

  /** The full path of a category (its current names). */
  pathOf(id: string): string {
    const parts: string[] = [];
    let n = this.nodes.get(id);
    for (let guard = 0; n && guard < 100; guard++) {
      parts.unshift(n.name);
      n = n.parentId ? this.nodes.get(n.parentId) : undefined;
    }
    return parts.join(':');
  }

  /** The live category a (possibly merged) id stands for now. */
  current(id: string): string {
    let n = this.nodes.get(id);
    for (let guard = 0; n?.mergedInto && guard < 100; guard++) n = this.nodes.get(n.mergedInto);
    return n?.id ?? id;
  }

  private child(parentId: string | undefined, name: string): CategoryNode | undefined {
    for (const n of this.nodes.values())
      if (n.parentId === parentId && n.mergedInto === undefined && key(n.name) === key(name)) return n;
    return undefined;
  }

  /** The id of a category by path (case-insensitive), or undefined. */
  find(path: string): string | undefined {
    let parent: string | undefined;
    for (const part of path.split(':')) {
      const n = this.child(parent, part);
      if (!n) return undefined;
      parent = n.id;
    }
    return parent;
  }

  private get(path: string): CategoryNode {
    const id = this.find(path);
    if (!id) throw domainError('unknown_category', `No category "${path}"`);
    return this.nodes.get(id)!;
  }

  /**
   * The id of the category at `path`; with `create`, the missing levels are created (a movement
   * entered with a new category creates it). An archived category is refused for new entries.
   */
  resolve(path: string, seed: string, o: { create: boolean }): string {
    let parent: string | undefined;
    const parts = path.split(':');
    parts.forEach((part, i) => {
      const found = this.child(parent, part);
      if (found) {
        parent = found.id;
        return;
      }
      if (!o.create) throw domainError('unknown_category', `No category "${path}"`);
      const categoryId = categoryIdFor(seed, parts.slice(0, i + 1).join(':'));
      this.raise({
        type: 'CategoryCreated',
        data: { categoryId, name: part, ...(parent ? { parentId: parent } : {}) },
      });
      parent = categoryId;
    });
    const n = this.nodes.get(parent!)!;
    if (n.archived) throw domainError('category_archived', `The category "${path}" is archived`);
    return n.id;
  }

  create(path: string, seed: string): string {
    if (this.find(path)) throw domainError('category_exists', `The category "${path}" already exists`);
    return this.resolve(path, seed, { create: true });
  }

  rename(path: string, name: string): void {
    const n = this.get(path);
    if (n.name === name) throw domainError('unchanged', `The category is already named "${name}"`);
    const other = this.child(n.parentId, name);
    if (other && other.id !== n.id)
      throw domainError('category_exists', `"${this.pathOf(other.id)}" already exists`);
    this.raise({ type: 'CategoryRenamed', data: { categoryId: n.id, name, previousName: n.name } });
  }

  /** Moves a category (and its subtree) under `parentPath`, or to the top level (null). */
  move(path: string, parentPath: string | null): void {
    const n = this.get(path);
    const parentId = parentPath === null ? undefined : this.get(parentPath).id;
    if (parentId === n.parentId) throw domainError('unchanged', `"${path}" is already there`);
    for (let p = parentId; p; p = this.nodes.get(p)?.parentId)
      if (p === n.id) throw domainError('category_cycle', 'A category cannot move under itself');
    if (this.child(parentId, n.name))
      throw domainError('category_exists', `A category "${n.name}" is already there`);
    this.raise({
      type: 'CategoryMoved',
      data: {
        categoryId: n.id,
        ...(parentId ? { parentId } : {}),
        ...(n.parentId ? { previousParentId: n.parentId } : {}),
      },
    });
  }

  /** `from`'s movements show under `into` from now on; `from` must have no subcategories. */
  merge(fromPath: string, intoPath: string): void {
    const from = this.get(fromPath);
    const into = this.get(intoPath);
    if (from.id === into.id) throw domainError('same_category', 'A category cannot merge into itself');
    for (const n of this.nodes.values())
      if (n.parentId === from.id && n.mergedInto === undefined)
        throw domainError(
          'category_has_children',
          `"${fromPath}" has subcategories: move or merge them first`,
        );
    if (into.archived) throw domainError('category_archived', `"${intoPath}" is archived`);
    this.raise({ type: 'CategoriesMerged', data: { fromCategoryId: from.id, intoCategoryId: into.id } });
  }

  archive(path: string): void {
    const n = this.get(path);
    if (n.archived) throw domainError('unchanged', `"${path}" is already archived`);
    this.raise({ type: 'CategoryArchived', data: { categoryId: n.id } });
  }

  addRule(rule: RuleState): void {
    if (this.rules.has(rule.ruleId)) throw domainError('rule_exists', 'That rule already exists');
    if (!this.nodes.has(rule.categoryId)) throw domainError('unknown_category', 'No such category');
    this.raise({
      type: 'RuleAdded',
      data: {
        ruleId: rule.ruleId,
        match: rule.match,
        categoryId: rule.categoryId,
        ...(rule.setPayee !== undefined ? { setPayee: rule.setPayee } : {}),
      },
    });
  }

  rule(ruleId: string): RuleState {
    const r = this.rules.get(ruleId);
    if (!r) throw domainError('unknown_rule', `No rule with id ${ruleId}`);
    return r;
  }

  /** The first rule (in the order they were added) that matches a movement, if any. */
  matchRule(m: { payee?: string | undefined; description?: string | undefined }): RuleState | undefined {
    for (const r of this.rules.values()) if (ruleMatches(r, m)) return r;
    return undefined;
  }

  protected apply(e: CategoriesEvent): void {
    switch (e.type) {
      case 'CategoryCreated':
        this.nodes.set(e.data.categoryId, {
          id: e.data.categoryId,
          name: e.data.name,
          parentId: e.data.parentId,
          archived: false,
          mergedInto: undefined,
        });
        break;
      case 'CategoryRenamed':
        this.nodes.get(e.data.categoryId)!.name = e.data.name;
        break;
      case 'CategoryMoved':
        this.nodes.get(e.data.categoryId)!.parentId = e.data.parentId;
        break;
      case 'CategoriesMerged':
        this.nodes.get(e.data.fromCategoryId)!.mergedInto = e.data.intoCategoryId;
        break;
      case 'CategoryArchived':
        this.nodes.get(e.data.categoryId)!.archived = true;
        break;
      case 'RuleAdded':
        this.rules.set(e.data.ruleId, {
          ruleId: e.data.ruleId,
          match: e.data.match,
          categoryId: e.data.categoryId,
          setPayee: e.data.setPayee,
        });
        break;
    }
  }
}

/** A payee rule matches the payee exactly (case-insensitive); a text rule, the description. */
export function ruleMatches(
  r: Pick<RuleState, 'match'>,
  m: { payee?: string | undefined; description?: string | undefined },
): boolean {
  if ('payee' in r.match) return m.payee !== undefined && key(m.payee) === key(r.match.payee);
  return m.description !== undefined && key(m.description).includes(key(r.match.descriptionContains));
}
