// The Categories aggregate: the category tree and the categorization rules.
//
// One stream for the whole tree (CATEGORIES_STREAM_ID), not a stream per category: every rule of
// the tree spans categories (a name is unique among its siblings, a move may not make a cycle, a
// merge touches two categories, a rule names a category that must exist), so the tree is one
// consistency boundary and one expected version guards it. The stream stays small (categories
// and rules number in the hundreds), so it is read whole, without snapshots.
import { z } from 'zod';
import { defineEvent } from './define';
import { CategorySegment, Description, Id, PayeeName } from './fields';

/** The one stream of the Categories aggregate. */
export const CATEGORIES_STREAM_ID = '00000000-0000-4000-8000-00000000ca7e';

const noMoney = () => 0;
const noAmount = () => null;
const noTimeline = () => ({});
const none = { balanceEffect: noMoney, amount: noAmount, timeline: noTimeline, correctable: false } as const;

export const CategoryCreated = defineEvent({
  type: 'CategoryCreated',
  aggregate: 'Categories',
  schemaVersion: 1,
  /** `name` is the category's own level; `parentId` absent: a top-level category. */
  data: z.object({ categoryId: Id, name: CategorySegment, parentId: Id.optional() }),
  label: 'Category created',
  ...none,
});

export const CategoryRenamed = defineEvent({
  type: 'CategoryRenamed',
  aggregate: 'Categories',
  schemaVersion: 1,
  data: z.object({ categoryId: Id, name: CategorySegment, previousName: CategorySegment }),
  label: 'Category renamed',
  ...none,
});

export const CategoryMoved = defineEvent({
  type: 'CategoryMoved',
  aggregate: 'Categories',
  schemaVersion: 1,
  data: z.object({ categoryId: Id, parentId: Id.optional(), previousParentId: Id.optional() }),
  label: 'Category moved',
  ...none,
});

/** Movements of `fromCategoryId` show under `intoCategoryId` from now on, history included. */
export const CategoriesMerged = defineEvent({
  type: 'CategoriesMerged',
  aggregate: 'Categories',
  schemaVersion: 1,
  data: z.object({ fromCategoryId: Id, intoCategoryId: Id }),
  label: 'Categories merged',
  ...none,
});

/** Hidden from the lists and refused for new movements; past movements keep it. */
export const CategoryArchived = defineEvent({
  type: 'CategoryArchived',
  aggregate: 'Categories',
  schemaVersion: 1,
  data: z.object({ categoryId: Id }),
  label: 'Category archived',
  ...none,
});

/** What a rule matches: a payee (case-insensitive, exact) or words of the description. */
export const RuleMatch = z.union([
  z.object({ payee: PayeeName }).strict(),
  z.object({ descriptionContains: Description.pipe(z.string().min(1)) }).strict(),
]);

export const RuleAdded = defineEvent({
  type: 'RuleAdded',
  aggregate: 'Categories',
  schemaVersion: 1,
  data: z.object({ ruleId: Id, match: RuleMatch, categoryId: Id, setPayee: PayeeName.optional() }),
  label: 'Rule added',
  ...none,
});

export const categoryEvents = {
  CategoryCreated,
  CategoryRenamed,
  CategoryMoved,
  CategoriesMerged,
  CategoryArchived,
  RuleAdded,
} as const;
