// The commands of movement metadata, the category tree and the rules (see commands.ts for the
// shape). Movements name categories by path; the decider resolves a path to the category's id
// (creating a new one), so the log stores ids and a renamed or merged category shows under its
// new name everywhere.
import type { CommandName, ParsedInput } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import type { MovementMeta, StoredEvent } from '../../src-shared/events';
import { metaOf, MOVEMENT_TYPES } from '../domain/account';
import type { Categories, RuleState } from '../domain/categories';
import { domainError } from '../domain/domain-error';
import type { EventStore } from '../eventstore/types';
import type { Command, CommandDeps, CommandExtra, Touched } from './commands';
import { eventIdFor } from './event-ids';

type CommandOf<N extends CommandName> = Command<ParsedInput<N>, CommandExtra<N>>;
const nothingElse = () => ({});

/** The tree as a touched aggregate (appended only when it has changes). */
const tree = (c: Categories): Touched => ({ categories: c });

/**
 * The category, payee and tags a new movement gets: the category given (created when new), or,
 * when none is given, the first matching rule's category (and its payee when none is given).
 */
export function entryMeta(
  input: {
    commandId: string;
    category?: string | undefined;
    payee?: string | undefined;
    tags?: readonly string[] | undefined;
    description?: string | undefined;
  },
  deps: CommandDeps,
): { meta: MovementMeta; touched: Touched[] } {
  const c = deps.categories();
  let categoryId: string | undefined;
  let payee = input.payee;
  if (input.category !== undefined) {
    c.ensureDefaults();
    categoryId = c.resolve(input.category, input.commandId, { create: true });
  } else {
    const rule = usableRule(c, c.matchRule(input));
    if (rule) {
      categoryId = c.current(rule.categoryId);
      payee ??= rule.setPayee;
    }
  }
  return { meta: metaOf({ categoryId, payee, tags: input.tags }), touched: [tree(c)] };
}

/** A rule whose category is archived no longer applies. */
function usableRule(c: Categories, r: RuleState | undefined): RuleState | undefined {
  if (!r) return undefined;
  const n = c.nodes.get(c.current(r.categoryId));
  return n && !n.archived ? r : undefined;
}

export interface MovementState {
  event: StoredEvent;
  description: string | undefined;
  meta: MovementMeta;
}

/** Every movement of the log with its current category, payee and tags (a fold of the log). */
export function movementStates(store: EventStore, streams?: string[]): Map<string, MovementState> {
  const out = new Map<string, MovementState>();
  let after = 0;
  for (;;) {
    let last = 0;
    for (const e of store.readAll(after, { limit: 5000, ...(streams ? { streams } : {}) })) {
      last = e.position;
      if (MOVEMENT_TYPES.has(e.eventType)) {
        const d = e.data as { description?: string } & MovementMeta;
        out.set(e.eventId, { event: e, description: d.description, meta: metaOf(d) });
      } else if (e.eventType === 'MovementCategorized') {
        const m = out.get(e.data.movementEventId);
        if (m) m.meta = metaOf(e.data);
      }
    }
    if (last === 0) return out;
    after = last;
  }
}

/** What applying a rule changes: the movements it matches whose category or payee differ. */
export function ruleChanges(
  c: Categories,
  rule: RuleState,
  movements: Iterable<MovementState>,
): { state: MovementState; next: MovementMeta }[] {
  const categoryId = c.current(rule.categoryId);
  const out: { state: MovementState; next: MovementMeta }[] = [];
  for (const m of movements) {
    if (!matches(rule, m)) continue;
    const next = metaOf({ ...m.meta, categoryId, payee: rule.setPayee ?? m.meta.payee });
    const current = m.meta.categoryId ? c.current(m.meta.categoryId) : undefined;
    if (current === next.categoryId && m.meta.payee === next.payee) continue;
    out.push({ state: m, next });
  }
  return out;
}

function matches(rule: RuleState, m: MovementState): boolean {
  const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('en');
  if ('payee' in rule.match) return m.meta.payee !== undefined && key(m.meta.payee) === key(rule.match.payee);
  return m.description !== undefined && key(m.description).includes(key(rule.match.descriptionContains));
}

/** A stable id for the rule a command adds. */
export const ruleIdFor = (commandId: string) => eventIdFor(commandId, -3);

export const categoryCommands: { readonly [N in CategoryCommandName]: CommandOf<N> } = {
  categorize: {
    decide(input, deps) {
      const original = deps.store.getEvent(input.eventId);
      if (!original) throw new LedgerError('not_found', `No event with id ${input.eventId}`, 'unknown_event');
      if (!MOVEMENT_TYPES.has(original.eventType))
        throw domainError('not_a_movement', 'Only deposits, withdrawals and transfers have a category');
      const l = deps.repo.load(original.aggregateId);
      const state = movementStates(deps.store, [original.aggregateId]).get(input.eventId)!;
      const c = deps.categories();
      let categoryId = state.meta.categoryId;
      if (input.category === null) categoryId = undefined;
      else if (input.category !== undefined) {
        c.ensureDefaults();
        categoryId = c.resolve(input.category, input.commandId, { create: true });
      }
      const next = metaOf({
        categoryId,
        payee: input.payee === null ? undefined : (input.payee ?? state.meta.payee),
        tags: input.tags ?? state.meta.tags,
      });
      l.account.categorize(original, state.meta, next);
      return [tree(c), l];
    },
    result: nothingElse,
  },
  createCategory: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      c.create(input.category, input.commandId);
      return [tree(c)];
    },
    result(events) {
      const created = events.filter((e) => e.eventType === 'CategoryCreated');
      const last = created[created.length - 1];
      if (last?.eventType !== 'CategoryCreated') throw new LedgerError('internal', 'No CategoryCreated');
      return { categoryId: last.data.categoryId };
    },
  },
  renameCategory: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      c.rename(input.category, input.name);
      return [tree(c)];
    },
    result: nothingElse,
  },
  moveCategory: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      c.move(input.category, input.parent);
      return [tree(c)];
    },
    result: nothingElse,
  },
  mergeCategories: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      c.merge(input.from, input.into);
      return [tree(c)];
    },
    result: nothingElse,
  },
  archiveCategory: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      c.archive(input.category);
      return [tree(c)];
    },
    result: nothingElse,
  },
  addRule: {
    decide(input, deps) {
      const c = deps.categories();
      c.ensureDefaults();
      const categoryId = c.resolve(input.category, input.commandId, { create: true });
      c.addRule({
        ruleId: ruleIdFor(input.commandId),
        match:
          input.payee !== undefined
            ? { payee: input.payee }
            : { descriptionContains: input.descriptionContains! },
        categoryId,
        setPayee: input.setPayee,
      });
      return [tree(c)];
    },
    result(events) {
      const added = events.find((e) => e.eventType === 'RuleAdded');
      if (added?.eventType !== 'RuleAdded') throw new LedgerError('internal', 'No RuleAdded');
      return { ruleId: added.data.ruleId };
    },
  },
  applyRule: {
    decide(input, deps) {
      const c = deps.categories();
      const rule = c.rule(input.ruleId);
      const changes = ruleChanges(c, rule, movementStates(deps.store).values());
      if (changes.length === 0)
        throw domainError('unchanged', 'The rule changes no movement: every match already has its category');
      const loaded = new Map<string, ReturnType<CommandDeps['repo']['load']>>();
      for (const { state, next } of changes) {
        const id = state.event.aggregateId;
        let l = loaded.get(id);
        if (!l) loaded.set(id, (l = deps.repo.load(id)));
        l.account.categorize(state.event, state.meta, next, rule.ruleId);
      }
      return [...loaded.values()];
    },
    result: (events) => ({
      changed: events.filter((e) => e.eventType === 'MovementCategorized').length,
      batchId: events[0]?.metadata.ruleBatchId ?? null,
    }),
  },
};

type CategoryCommandName =
  | 'categorize'
  | 'createCategory'
  | 'renameCategory'
  | 'moveCategory'
  | 'mergeCategories'
  | 'archiveCategory'
  | 'addRule'
  | 'applyRule';
