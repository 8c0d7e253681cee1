// Every SQLite projection, keyed by the contract's ProjectionName: the compiler refuses a name
// without a projection (or a projection without a name), so the list is written once.
import { ProjectionName } from '../../../src-shared/contract';
import { accountsProjection } from './accounts';
import { balancesProjection } from './balances';
import { categoriesProjection } from './categories';
import { monthlyTotalsProjection } from './monthly-totals';
import { importsProjection } from './imports';
import { movementsProjection } from './movements';
import { payeesProjection } from './payees';
import type { Projection } from './projection';
import { timelineProjection } from './timeline';

const byName: { readonly [N in ProjectionName]: Projection } = {
  balances: balancesProjection,
  accounts: accountsProjection,
  timeline: timelineProjection,
  monthly_totals: monthlyTotalsProjection,
  categories: categoriesProjection,
  movements: movementsProjection,
  payees: payeesProjection,
  imports: importsProjection,
};

/** Every read model, in the order they are applied (the contract's order). */
export const allProjections: readonly Projection[] = ProjectionName.options.map((n) => byName[n]);

export function projectionsNamed(names?: readonly ProjectionName[]): Projection[] {
  if (!names || names.length === 0) return [...allProjections];
  return allProjections.filter((p) => names.includes(p.name));
}
