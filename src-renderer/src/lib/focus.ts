// Focus that was on something now gone (a closed dialog's opener, a link of the previous view)
// falls back to <body>; the new view takes it so keyboard users do not start over at the top.
export function focusIfLost(el: HTMLElement, doc: Document = document): void {
  const active = doc.activeElement;
  if (active === null || active === doc.body || !active.isConnected) el.focus({ preventScroll: true });
}
