/// <reference lib="dom" />
// "Nothing is cut off unreachable": every control (button, input, select, textarea, link,
// focusable element, table cell) and every piece of visible text must lie inside the visible
// box of each ancestor that clips it without scrolling (overflow hidden or clip). Inside a
// scrolling ancestor it may lie outside (the user scrolls to it); then that ancestor's box is
// what must be visible further up. Text cut with an ellipsis counts as shown when it sits in a
// `.trunc` element (the app shows it whole on hover and focus: src-renderer/src/lib/full-text.ts).
import { expect, type Page } from '@playwright/test';

export interface CutOff {
  /** What is cut off: `button "Correct…"`, `text "€1,234.56"`. */
  what: string;
  /** The ancestor that clips it, or "the page" when it lies where no scrolling reaches. */
  clippedBy: string;
  axis: 'x' | 'y';
}

/** Runs in the page: no imports, no closures over test code. */
function findCutOff(): CutOff[] {
  const TOLERANCE = 1;
  const CONTROLS =
    'button, input:not([type=hidden]), select, textarea, a[href], [tabindex], td, th, [role=gridcell], [role=cell], [role=columnheader], [role=rowheader]';
  const SKIP_TEXT = 'script, style, title, template, noscript, option, svg title';

  type Box = { left: number; right: number; top: number; bottom: number };
  const describe = (el: Element): string => {
    const cls = [...el.classList].filter((c) => !c.startsWith('svelte-')).join('.');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}`;
  };
  const short = (t: string) => {
    const s = t.replace(/\s+/g, ' ').trim();
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  };
  const visuallyHidden = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.clip !== 'auto' && cs.clip !== '' && cs.position === 'absolute') return true;
      if (a.classList.contains('sr-only')) return true;
    }
    return false;
  };
  const paddingBox = (a: Element): Box => {
    const r = a.getBoundingClientRect();
    const left = r.left + a.clientLeft;
    const top = r.top + a.clientTop;
    return { left, top, right: left + a.clientWidth, bottom: top + a.clientHeight };
  };

  const problems: CutOff[] = [];
  const seen = new Set<string>();
  const report = (what: string, clippedBy: string, axis: 'x' | 'y') => {
    const key = `${what}|${clippedBy}|${axis}`;
    if (!seen.has(key)) problems.push({ what, clippedBy, axis });
    seen.add(key);
  };

  /** Checks `box` (of `start`'s content) against the clipping ancestors from `start` up. */
  const check = (what: string, start: Element, own: Box, fromSelf: boolean) => {
    // (A DOMRect's sides are getters: spreading it copies nothing.)
    let box: Box = { left: own.left, right: own.right, top: own.top, bottom: own.bottom };
    // An absolutely positioned element escapes the overflow of ancestors below its
    // containing block; a fixed one (a modal dialog too) escapes them all.
    let escapeTo: Element | null = null;
    let fixed = false;
    const positioned = (a: Element): void => {
      const p = getComputedStyle(a).position;
      if (p === 'fixed') fixed = true;
      else if (p === 'absolute' && escapeTo === null) escapeTo = (a as HTMLElement).offsetParent;
    };
    if (!fromSelf) positioned(start);
    for (let a = fromSelf ? start : start.parentElement; a && !fixed; a = a.parentElement) {
      if (escapeTo === null || escapeTo === a) {
        escapeTo = null;
        const cs = getComputedStyle(a);
        if (a.classList.contains('trunc') && cs.textOverflow === 'ellipsis') {
          box = paddingBox(a);
        } else {
          const clip = paddingBox(a);
          for (const axis of ['x', 'y'] as const) {
            const overflow = axis === 'x' ? cs.overflowX : cs.overflowY;
            if (overflow === 'visible') continue;
            const [lo, hi] = axis === 'x' ? (['left', 'right'] as const) : (['top', 'bottom'] as const);
            if (overflow === 'auto' || overflow === 'scroll') {
              // Reachable by scrolling `a`: what shows of it then lies in a's box.
              box[lo] = Math.max(clip[lo], Math.min(box[lo], clip[hi]));
              box[hi] = Math.min(clip[hi], Math.max(box[hi], clip[lo]));
            } else if (box[lo] < clip[lo] - TOLERANCE || box[hi] > clip[hi] + TOLERANCE) {
              report(what, describe(a), axis);
            }
          }
        }
      }
      positioned(a);
    }
    // The page itself scrolls right and down, never to what lies left of or above its origin;
    // a fixed element does not scroll at all.
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const x0 = fixed ? 0 : -scrollX;
    const y0 = fixed ? 0 : -scrollY;
    if (box.left < x0 - TOLERANCE || (fixed && box.right > vw + TOLERANCE)) report(what, 'the page', 'x');
    if (box.top < y0 - TOLERANCE || (fixed && box.bottom > vh + TOLERANCE)) report(what, 'the page', 'y');
  };

  const shown = (el: Element) =>
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !visuallyHidden(el);

  for (const el of document.body.querySelectorAll(CONTROLS)) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width * r.height < 1) continue;
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    check(`${el.tagName.toLowerCase()} "${short(name)}"`, el, r, false);
  }

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    const parent = n.parentElement;
    if (!parent || text.trim() === '' || parent.closest(SKIP_TEXT) || !shown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const r = range.getBoundingClientRect();
    if (r.width * r.height < 1) continue;
    check(`text "${short(text)}"`, parent, r, true);
  }
  return problems;
}

/** What the page cuts off now, one line each: the element and the ancestor that hides it. */
export async function cutOffs(page: Page): Promise<string[]> {
  const problems = await page.evaluate(findCutOff);
  return problems.map((p) => `${p.what} is cut off (${p.axis}) by ${p.clippedBy}`);
}

export async function expectNothingCutOff(page: Page, where: string): Promise<void> {
  expect(await cutOffs(page), `cut off on ${where}`).toEqual([]);
}
