// Text cut with an ellipsis (class "trunc") shows in full in a tooltip: on hover over it, and
// on keyboard focus of it or of the control holding it (a timeline row, a link). One listener
// set on the document serves every view; the text itself stays in the DOM, so screen readers
// read it whole and the tooltip is hidden from them.
export const TRUNC = 'trunc';

export function isTruncated(el: Element): boolean {
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

/** The full texts to show when `host` gets focus: its own, or those of truncated cells inside. */
export function fullTextsFor(host: Element): string[] {
  const items = host.classList.contains(TRUNC) ? [host] : [...host.querySelectorAll(`.${TRUNC}`)];
  return items
    .filter(isTruncated)
    .map((el) => el.textContent?.trim() ?? '')
    .filter((t) => t !== '');
}

export function installFullText(doc: Document = document): () => void {
  const tip = doc.createElement('div');
  tip.className = 'full-text-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  doc.body.append(tip);

  let anchor: Element | null = null;
  let byPointer = false;

  const place = () => {
    if (!anchor || !anchor.isConnected) return hide();
    const r = anchor.getBoundingClientRect();
    const view = doc.documentElement;
    const left = Math.max(4, Math.min(r.left, view.clientWidth - tip.offsetWidth - 4));
    const below = r.bottom + 4;
    const fits = below + tip.offsetHeight <= view.clientHeight - 4;
    tip.style.left = `${left}px`;
    tip.style.top = `${fits ? below : Math.max(4, r.top - tip.offsetHeight - 4)}px`;
  };
  const show = (el: Element, texts: string[], pointer: boolean) => {
    anchor = el;
    byPointer = pointer;
    tip.textContent = texts.join(' · ');
    tip.hidden = false;
    place();
  };
  function hide() {
    anchor = null;
    tip.hidden = true;
  }

  const onOver = (e: Event) => {
    const el = e.target instanceof Element ? e.target.closest(`.${TRUNC}`) : null;
    if (el && isTruncated(el)) show(el, [el.textContent?.trim() ?? ''], true);
    else if (byPointer) hide();
  };
  // Keyboard focus only: a click already puts the pointer (and its hover tooltip) there.
  const keyboardFocus = (el: Element) => {
    try {
      return el.matches(':focus-visible');
    } catch {
      return true; // an engine without :focus-visible
    }
  };
  const onFocus = (e: Event) => {
    const texts = e.target instanceof Element && keyboardFocus(e.target) ? fullTextsFor(e.target) : [];
    if (texts.length > 0) show(e.target as Element, texts, false);
    else hide();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') hide();
  };
  // Scrolling moves the anchor (a row scrolled into view by the keyboard): follow it.
  const onScroll = () => {
    if (anchor) place();
  };
  const listeners: [string, EventListener, boolean][] = [
    ['pointerover', onOver, false],
    ['focusin', onFocus, false],
    ['focusout', hide, false],
    ['scroll', onScroll, true],
    ['keydown', onKey as EventListener, false],
  ];
  for (const [name, fn, capture] of listeners) doc.addEventListener(name, fn, capture);
  return () => {
    for (const [name, fn, capture] of listeners) doc.removeEventListener(name, fn, capture);
    tip.remove();
  };
}
