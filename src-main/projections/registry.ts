import type { ProjectionName } from '../../src-shared/contract';
import { accountsProjection } from './accounts';
import { balancesProjection } from './balances';
import { monthlyTotalsProjection } from './monthly-totals';
import type { Projection } from './projection';
import { timelineProjection } from './timeline';

/** Every read model, in the order they are applied. */
export const allProjections: readonly Projection[] = [
  balancesProjection,
  accountsProjection,
  timelineProjection,
  monthlyTotalsProjection,
];

export function projectionsNamed(names?: readonly ProjectionName[]): Projection[] {
  if (!names || names.length === 0) return [...allProjections];
  return allProjections.filter((p) => names.includes(p.name));
}
