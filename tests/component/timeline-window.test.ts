import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as win from '../../src-renderer/src/lib/timeline-window';

const geometry = (total: number, viewport = 440): win.Geometry => ({
  total,
  row: win.ROW_HEIGHT,
  viewport,
  maxPx: win.MAX_SCROLL_PX,
});

describe('the whole-log scrollbar', () => {
  it('is 1:1 while the list fits under the cap', () => {
    const g = geometry(1000);
    expect(win.isScaled(g)).toBe(false);
    expect(win.scrollHeight(g)).toBe(44_000);
    expect(win.toLogical(1234, g)).toBe(1234);
    expect(win.toScroll(1234, g)).toBe(1234);
  });

  it('scales past the cap, and its bottom shows the oldest row of a million', () => {
    const g = geometry(1_000_000);
    expect(win.isScaled(g)).toBe(true);
    expect(win.scrollHeight(g)).toBe(win.MAX_SCROLL_PX);
    const bottom = win.toLogical(win.scrollHeight(g) - g.viewport, g);
    const { last } = win.visibleRange(bottom, g, 0);
    expect(last).toBe(999_999);
    expect(win.visibleRange(win.toLogical(0, g), g, 0).first).toBe(0);
    // Halfway down the bar is halfway down the log.
    const mid = win.visibleRange(win.toLogical((win.scrollHeight(g) - g.viewport) / 2, g), g, 0).first;
    expect(Math.abs(mid - 500_000)).toBeLessThan(10);
  });

  it('property: toScroll and toLogical are inverse, within a row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const g = geometry(n);
          const logical = f * Math.max(0, n * g.row - g.viewport);
          expect(Math.abs(win.toLogical(win.toScroll(logical, g), g) - logical)).toBeLessThan(g.row);
        },
      ),
    );
  });

  it('renders the rows in view plus an overscan, clamped to the list', () => {
    const g = geometry(100);
    expect(win.visibleRange(0, g, 2)).toEqual({ first: 0, last: 11 });
    expect(win.visibleRange(44 * 95, geometry(100, 440), 2).last).toBe(99);
    expect(win.visibleRange(0, geometry(0))).toEqual({ first: 0, last: -1 });
  });

  it('reveals a row by moving as little as possible', () => {
    const g = geometry(100);
    expect(win.reveal(3, 0, g)).toBe(0); // already in view
    expect(win.reveal(20, 0, g)).toBe(21 * 44 - 440); // just enough to show it at the bottom
    expect(win.reveal(2, 44 * 10, g)).toBe(88); // up: at the top
    expect(win.reveal(99, 0, g)).toBe(100 * 44 - 440);
  });

  it('counts wheel lines and pages in rows and viewports', () => {
    const g = geometry(10);
    expect(win.wheelPixels({ deltaY: 120, deltaMode: 0 }, g)).toBe(120);
    expect(win.wheelPixels({ deltaY: 3, deltaMode: 1 }, g)).toBe(132);
    expect(win.wheelPixels({ deltaY: 1, deltaMode: 2 }, g)).toBe(440);
  });
});

describe('timeline keys', () => {
  it('move by one, by a page, to either end, and stop at the ends', () => {
    const t = (key: string, i: number) => win.keyTarget(key, i, 1000, 9);
    expect(t('ArrowDown', 0)).toBe(1);
    expect(t('ArrowUp', 0)).toBe(0);
    expect(t('ArrowDown', 999)).toBe(999);
    expect(t('PageDown', 995)).toBe(999);
    expect(t('PageDown', 10)).toBe(19);
    expect(t('PageUp', 5)).toBe(0);
    expect(t('Home', 500)).toBe(0);
    expect(t('End', 5)).toBe(999);
    expect(t('a', 5)).toBeNull();
    expect(win.keyTarget('End', 0, 0, 9)).toBeNull();
  });
});
