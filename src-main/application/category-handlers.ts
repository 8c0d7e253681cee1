// The handlers of the category, rule, search and report methods (see handlers.ts).
import type { CategoryView, MethodName, RuleChange } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { CATEGORIES_STREAM_ID } from '../../src-shared/events';
import type { Ledger } from '../ledger';
import { Categories } from '../domain/categories';
import { loadCategories } from '../domain/categories-repository';
import type { Handlers } from './handlers';
import { commands } from './commands';
import { movementStates, ruleChanges } from './category-commands';
import { randomUUID } from 'node:crypto';

type CategoryMethod =
  | 'categorize'
  | 'createCategory'
  | 'renameCategory'
  | 'moveCategory'
  | 'mergeCategories'
  | 'archiveCategory'
  | 'addRule'
  | 'applyRule'
  | 'categories'
  | 'rules'
  | 'payees'
  | 'previewRule'
  | 'search'
  | 'reportCategories'
  | 'reportMonthly'
  | 'reportNetWorth';

/** A new ledger's tree before its first category command: the default set, as it will be written. */
function defaultTree(): CategoryView[] {
  const c = new Categories();
  c.ensureDefaults();
  return [...c.nodes.values()]
    .map((n) => ({
      categoryId: n.id,
      path: c.pathOf(n.id),
      name: n.name,
      parentId: n.parentId ?? null,
      archived: false,
      isDefault: true,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function period(i: { from: string; to: string }): [string, string] {
  if (i.from > i.to) throw new LedgerError('validation', `--from ${i.from} is after --to ${i.to}`, 'usage');
  return [i.from, i.to];
}

export function categoryHandlers(ledger: Ledger): Pick<Handlers, CategoryMethod & MethodName> {
  const read = () => ledger.storage.read.meaning;
  const store = () => ledger.store;
  return {
    categorize: (i) => ledger.execute('categorize', commands.categorize, i),
    createCategory: (i) => ledger.execute('createCategory', commands.createCategory, i),
    renameCategory: (i) => ledger.execute('renameCategory', commands.renameCategory, i),
    moveCategory: (i) => ledger.execute('moveCategory', commands.moveCategory, i),
    mergeCategories: (i) => ledger.execute('mergeCategories', commands.mergeCategories, i),
    archiveCategory: (i) => ledger.execute('archiveCategory', commands.archiveCategory, i),
    addRule: (i) => ledger.execute('addRule', commands.addRule, i),
    // One batch id for the whole run, in every event's metadata (undo finds the batch by it).
    applyRule: (i) =>
      ledger.executeAll((run) =>
        run('applyRule', commands.applyRule, i, { ruleBatchId: `rule-${randomUUID()}` }),
      ),
    categories: (i) => {
      const rows = read().categories(i.includeArchived);
      if (rows.length === 0 && store().streamVersion(CATEGORIES_STREAM_ID) === null) return defaultTree();
      return rows;
    },
    rules: () => read().rules(),
    payees: (i) => read().payees(i.prefix ?? '', i.limit),
    previewRule: (i): RuleChange[] => {
      const c = loadCategories(store());
      const rule = c.rule(i.ruleId);
      const meta = (m: { categoryId?: string; payee?: string; tags?: string[] }) => ({
        category: m.categoryId ? c.pathOf(c.current(m.categoryId)) : null,
        payee: m.payee ?? null,
        tags: m.tags ?? [],
      });
      return ruleChanges(c, rule, movementStates(store()).values()).map(({ state, next }) => ({
        eventId: state.event.eventId,
        accountId: state.event.aggregateId,
        description: state.description ?? null,
        valueDate: (state.event.data as { valueDate: string }).valueDate,
        from: meta(state.meta),
        to: meta(next),
      }));
    },
    search: (i) => read().search(i.query, i.limit),
    reportCategories: (i) => read().reportCategories(...period(i)),
    reportMonthly: (i) => read().reportMonthly(...period(i)),
    reportNetWorth: (i) => read().reportNetWorth(i.from, i.to),
  };
}
