// The theme follows the OS by default; a manual choice (button or Electron menu) sets a class
// on <html> that wins over prefers-color-scheme.
export function effectiveTheme(root: HTMLElement = document.documentElement): 'light' | 'dark' {
  if (root.classList.contains('theme-dark')) return 'dark';
  if (root.classList.contains('theme-light')) return 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function toggleTheme(root: HTMLElement = document.documentElement): 'light' | 'dark' {
  const next = effectiveTheme(root) === 'dark' ? 'light' : 'dark';
  root.classList.remove('theme-light', 'theme-dark');
  root.classList.add(`theme-${next}`);
  return next;
}
