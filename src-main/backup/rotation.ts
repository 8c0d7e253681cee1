// Which backups to keep: a pure function of the backups' times, kinds and verification status,
// the policy and the current time, so it can be tested exhaustively with generated series.
//
// The rule, in order:
// 1. Protected kinds (before-restore, before-migration by default) are always kept: each is the
//    only way back from one user action or one upgrade, and there are few of them.
// 2. Of the others, newest first: every backup of the last `recentHours` hours, up to `recentMax`;
//    then one per UTC day for the last `dailyDays` days and one per UTC month for the last
//    `monthlyMonths` months (the newest verified one of that day or month, else its newest).
//    The newest verified backup is always kept.
// 3. Anything else is deleted only when a newer verified backup is kept; otherwise it stays.
// Days and months are UTC so the answer does not depend on the machine's time zone.
import type { BackupKind } from './backup-name';

export interface RotationPolicy {
  recentHours: number;
  recentMax: number;
  dailyDays: number;
  monthlyMonths: number;
  protectedKinds: readonly BackupKind[];
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = {
  recentHours: 24,
  recentMax: 48,
  dailyDays: 30,
  monthlyMonths: 12,
  protectedKinds: ['before-restore', 'before-migration'],
};

export interface RotationCandidate {
  id: string;
  /** ms since the epoch */
  createdAt: number;
  kind: BackupKind;
  verified: boolean;
}

export interface RotationPlan {
  keep: string[];
  remove: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const utcDay = (t: number) => Math.floor(t / DAY);
export const utcMonth = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** Newest first; ties broken by id so the plan never depends on input order. */
const newestFirst = (a: RotationCandidate, b: RotationCandidate) =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export function planRotation(
  items: readonly RotationCandidate[],
  policy: RotationPolicy,
  now: number,
): RotationPlan {
  const keep = new Set<string>();
  const rotating = items.filter((i) => !policy.protectedKinds.includes(i.kind)).sort(newestFirst);
  for (const i of items) if (policy.protectedKinds.includes(i.kind)) keep.add(i.id);

  // Recent: all of the window (future-dated ones from a clock change count as recent), capped.
  rotating
    .filter((i) => now - i.createdAt < policy.recentHours * HOUR)
    .slice(0, policy.recentMax)
    .forEach((i) => keep.add(i.id));

  const onePer = (bucket: (t: number) => number, span: number) => {
    const chosen = new Map<number, RotationCandidate>();
    for (const i of rotating) {
      const b = bucket(i.createdAt);
      if (bucket(now) - b >= span) continue;
      const current = chosen.get(b);
      // rotating is newest first: the first seen wins, unless a verified one replaces an unverified.
      if (!current || (!current.verified && i.verified)) chosen.set(b, i);
    }
    for (const i of chosen.values()) keep.add(i.id);
  };
  onePer(utcDay, policy.dailyDays);
  onePer(utcMonth, policy.monthlyMonths);

  const newestVerified = rotating.find((i) => i.verified);
  if (newestVerified) keep.add(newestVerified.id);

  // Deletion needs a newer verified backup that stays.
  let safeBefore = Number.NEGATIVE_INFINITY;
  for (const i of items) if (i.verified && keep.has(i.id)) safeBefore = Math.max(safeBefore, i.createdAt);
  const remove: string[] = [];
  for (const i of rotating) {
    if (keep.has(i.id)) continue;
    if (i.createdAt < safeBefore) remove.push(i.id);
    else keep.add(i.id);
  }
  return { keep: items.filter((i) => keep.has(i.id)).map((i) => i.id), remove };
}
