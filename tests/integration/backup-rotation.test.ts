// Rotation keeps exactly what the policy says: a hand-checked example, and a property test
// against a deliberately naive restatement of the rule, evaluated item by item.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../src-main/backup/backup-name';
import {
  DEFAULT_ROTATION_POLICY,
  planRotation,
  type RotationCandidate,
  type RotationPolicy,
} from '../../src-main/backup/rotation';

const at = (iso: string) => Date.parse(iso);

describe('rotation, by hand', () => {
  it('keeps the recent ones up to the cap, one a day, one a month, protected kinds; deletes the rest', () => {
    const now = at('2026-11-29T12:00:00Z');
    const b = (id: string, iso: string, verified = true, kind: BackupKind = 'auto'): RotationCandidate => ({
      id,
      createdAt: at(iso),
      kind,
      verified,
    });
    const items = [
      b('a', '2026-11-29T11:00:00Z'), // recent 1
      b('b', '2026-11-29T10:00:00Z'), // recent 2
      b('c', '2026-11-29T09:00:00Z'), // recent 3 (the cap)
      b('d', '2026-11-29T08:00:00Z'), // over the cap; Nov 29's pick is a → deleted
      b('e', '2026-11-28T23:00:00Z'), // newest of Nov 28 → kept
      b('f', '2026-11-28T10:00:00Z'), // older on Nov 28 → deleted
      b('g', '2026-11-20T10:00:00Z', false), // unverified: Nov 20's pick is h → deleted
      b('h', '2026-11-20T09:00:00Z'), // newest verified of Nov 20 → kept
      b('i', '2026-10-15T10:00:00Z'), // 45 days: no daily; October's pick → kept
      b('j', '2026-10-01T10:00:00Z'), // older in October → deleted
      b('k', '2025-12-05T10:00:00Z'), // 11 months back: December's pick → kept
      b('l', '2025-11-30T10:00:00Z'), // 12 months back: outside → deleted
      b('m', '2024-01-01T10:00:00Z', true, 'before-restore'), // protected → kept
    ];
    const plan = planRotation(items, { ...DEFAULT_ROTATION_POLICY, recentMax: 3 }, now);
    expect([...plan.keep].sort()).toEqual(['a', 'b', 'c', 'e', 'h', 'i', 'k', 'm']);
    expect([...plan.remove].sort()).toEqual(['d', 'f', 'g', 'j', 'l']);
  });

  it('deletes nothing while no verified backup is newer', () => {
    const now = at('2026-11-29T12:00:00Z');
    const items = Array.from({ length: 100 }, (_, i) => ({
      id: `x${i}`,
      createdAt: now - i * 86_400_000,
      kind: 'auto' as const,
      verified: false,
    }));
    expect(planRotation(items, DEFAULT_ROTATION_POLICY, now).remove).toEqual([]);
    // One verified backup in the middle: only the older ones it covers can go.
    items[50]!.verified = true;
    const plan = planRotation(items, DEFAULT_ROTATION_POLICY, now);
    expect(plan.remove.length).toBeGreaterThan(0);
    for (const id of plan.remove) expect(Number(id.slice(1))).toBeGreaterThan(50);
  });
});

// The rule restated naively, one item at a time (quadratic on purpose: no shared code or grouping).
function oracleKeeps(items: RotationCandidate[], p: RotationPolicy, now: number): Set<string> {
  const HOUR = 3_600_000;
  const day = (t: number) => Math.floor(t / 86_400_000);
  const month = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  const newer = (a: RotationCandidate, b: RotationCandidate) =>
    a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
  const isProtected = (i: RotationCandidate) => p.protectedKinds.includes(i.kind);
  const rot = items.filter((i) => !isProtected(i));
  const pickOf = (bucket: (t: number) => number, i: RotationCandidate) => {
    const same = rot.filter((j) => bucket(j.createdAt) === bucket(i.createdAt));
    const pool = same.some((j) => j.verified) ? same.filter((j) => j.verified) : same;
    return pool.find((j) => pool.every((k) => k === j || newer(j, k)));
  };
  const selected = (i: RotationCandidate): boolean => {
    if (isProtected(i)) return true;
    const recent = (j: RotationCandidate) => now - j.createdAt < p.recentHours * HOUR;
    if (recent(i) && rot.filter((j) => recent(j) && newer(j, i)).length < p.recentMax) return true;
    if (day(now) - day(i.createdAt) < p.dailyDays && pickOf(day, i) === i) return true;
    if (month(now) - month(i.createdAt) < p.monthlyMonths && pickOf(month, i) === i) return true;
    if (i.verified && !rot.some((j) => j.verified && newer(j, i))) return true;
    return false;
  };
  const chosen = items.filter(selected);
  return new Set(
    items
      .filter((i) => selected(i) || !chosen.some((k) => k.verified && k.createdAt > i.createdAt))
      .map((i) => i.id),
  );
}

const DAY = 86_400_000;
const kinds: BackupKind[] = ['manual', 'auto', 'on-quit', 'before-restore', 'before-migration'];
const policyArb = fc.record({
  recentHours: fc.integer({ min: 0, max: 48 }),
  recentMax: fc.integer({ min: 0, max: 12 }),
  dailyDays: fc.integer({ min: 0, max: 40 }),
  monthlyMonths: fc.integer({ min: 0, max: 14 }),
  protectedKinds: fc.subarray(kinds),
});
const seriesArb = fc.array(
  fc.record({
    // Up to ~15 months back, a few hours into the future (a clock that was changed).
    offset: fc.oneof(
      fc.integer({ min: -3 * 3_600_000, max: 2 * DAY }),
      fc.integer({ min: 0, max: 460 * DAY }),
    ),
    kind: fc.constantFrom(...kinds),
    verified: fc.boolean(),
  }),
  { maxLength: 80 },
);

describe('rotation, by property', () => {
  it('keeps exactly what the policy says, and deletes only what a newer verified backup covers', () => {
    fc.assert(
      fc.property(
        seriesArb,
        policyArb,
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (series, policy, now) => {
          const items = series.map((s, i) => ({
            id: `b${String(i).padStart(3, '0')}`,
            createdAt: now - s.offset,
            kind: s.kind,
            verified: s.verified,
          }));
          const plan = planRotation(items, policy, now);
          const expected = oracleKeeps(items, policy, now);
          expect(new Set(plan.keep)).toEqual(expected);
          expect(plan.keep.length + plan.remove.length).toBe(items.length);
          for (const id of plan.remove) {
            const gone = items.find((i) => i.id === id)!;
            expect(policy.protectedKinds).not.toContain(gone.kind);
            expect(
              items.some((k) => k.verified && plan.keep.includes(k.id) && k.createdAt > gone.createdAt),
            ).toBe(true);
          }
          // Applying the plan and rotating again removes nothing more.
          const kept = items.filter((i) => plan.keep.includes(i.id));
          expect(planRotation(kept, policy, now).remove).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
