// The window sizes and colour schemes every journey of issue 14 runs in.
import type { Page } from '@playwright/test';

export const VARIANTS = [
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1280, height: 800, scheme: 'dark' },
  { width: 800, height: 600, scheme: 'light' },
  { width: 800, height: 600, scheme: 'dark' },
] as const;

export type Variant = (typeof VARIANTS)[number];

export const variantName = (v: Variant): string => `${v.width}×${v.height} ${v.scheme}`;

/** Applies the variant and reloads, so the page starts over with the data seeded so far. */
export async function useVariant(page: Page, v: Variant): Promise<void> {
  await page.setViewportSize({ width: v.width, height: v.height });
  await page.emulateMedia({ colorScheme: v.scheme });
  await page.reload();
}
