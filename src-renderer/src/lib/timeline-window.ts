// The geometry of a virtual list over the whole log. Every row has a place on the scrollbar,
// so dragging it to the bottom reaches the oldest event. A browser caps an element's height
// (Chromium near 33.5 million px, Firefox near 17.9 million), so beyond MAX_SCROLL_PX the
// scrollbar is scaled: its offset maps to a "logical" offset into the full list by ratio.

export const ROW_HEIGHT = 44;
export const MAX_SCROLL_PX = 10_000_000;

export interface Geometry {
  total: number;
  /** Row height, px. */
  row: number;
  /** Visible height of the list, px. */
  viewport: number;
  /** The largest scroll height to create. */
  maxPx: number;
}

export const contentHeight = (g: Geometry): number => g.total * g.row;
export const scrollHeight = (g: Geometry): number => Math.min(contentHeight(g), g.maxPx);
export const isScaled = (g: Geometry): boolean => contentHeight(g) > g.maxPx;
const maxLogical = (g: Geometry) => Math.max(0, contentHeight(g) - g.viewport);
const maxScroll = (g: Geometry) => Math.max(0, scrollHeight(g) - g.viewport);

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** The scrollbar's offset to the offset into the full list (the same when not scaled). */
export function toLogical(scrollTop: number, g: Geometry): number {
  const ms = maxScroll(g);
  if (!isScaled(g)) return clamp(scrollTop, 0, maxLogical(g));
  return ms === 0 ? 0 : clamp((scrollTop / ms) * maxLogical(g), 0, maxLogical(g));
}

/** The inverse: where the scrollbar stands for an offset into the full list. */
export function toScroll(logical: number, g: Geometry): number {
  const ml = maxLogical(g);
  if (!isScaled(g)) return clamp(logical, 0, ml);
  return ml === 0 ? 0 : (clamp(logical, 0, ml) / ml) * maxScroll(g);
}

export const clampLogical = (logical: number, g: Geometry): number => clamp(logical, 0, maxLogical(g));

/** Rows to render: those in view plus `overscan` on each side. Empty when total is 0. */
export function visibleRange(logical: number, g: Geometry, overscan = 6): { first: number; last: number } {
  if (g.total === 0) return { first: 0, last: -1 };
  const first = clamp(Math.floor(logical / g.row) - overscan, 0, g.total - 1);
  const last = clamp(Math.ceil((logical + g.viewport) / g.row) - 1 + overscan, 0, g.total - 1);
  return { first, last };
}

/** Rows that fit in the viewport (at least one): what PageUp and PageDown move by. */
export const rowsPerPage = (g: Geometry): number => Math.max(1, Math.floor(g.viewport / g.row));

/** The logical offset that shows row `index` whole, moving as little as possible. */
export function reveal(index: number, logical: number, g: Geometry): number {
  const top = index * g.row;
  if (top < logical) return clampLogical(top, g);
  if (top + g.row > logical + g.viewport) return clampLogical(top + g.row - g.viewport, g);
  return logical;
}

/** The row a navigation key moves to from `index`, or null for any other key. */
export function keyTarget(key: string, index: number, total: number, page: number): number | null {
  if (total === 0) return null;
  const to = (i: number) => clamp(i, 0, total - 1);
  switch (key) {
    case 'ArrowDown':
      return to(index + 1);
    case 'ArrowUp':
      return to(index - 1);
    case 'PageDown':
      return to(index + page);
    case 'PageUp':
      return to(index - page);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}

/** A wheel event's distance in px (it may count lines or pages). */
export function wheelPixels(e: { deltaY: number; deltaMode: number }, g: Geometry): number {
  return e.deltaMode === 1 ? e.deltaY * g.row : e.deltaMode === 2 ? e.deltaY * g.viewport : e.deltaY;
}
