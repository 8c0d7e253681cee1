// The theme follows the OS by default; a manual choice (button or Electron menu) sets a class
// on <html> that wins over prefers-color-scheme.
export function effectiveTheme(root: HTMLElement = document.documentElement): 'light' | 'dark' {
  if (root.classList.contains('theme-dark')) return 'dark';
  if (root.classList.contains('theme-light')) return 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const KEY = 'ledger.theme';

function apply(root: HTMLElement, theme: 'light' | 'dark'): void {
  root.classList.remove('theme-light', 'theme-dark');
  root.classList.add(`theme-${theme}`);
}

export function toggleTheme(root: HTMLElement = document.documentElement): 'light' | 'dark' {
  const next = effectiveTheme(root) === 'dark' ? 'light' : 'dark';
  apply(root, next);
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this window only.
  }
  return next;
}

/** Re-applies a manual choice made in an earlier session. */
export function restoreTheme(root: HTMLElement = document.documentElement): void {
  let saved: string | null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    return;
  }
  if (saved === 'light' || saved === 'dark') apply(root, saved);
}
