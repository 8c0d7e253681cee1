// An accessibility scan of what the page shows now (axe-core); fails on any serious or critical
// violation, naming the rule, its help text and the elements.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`,
    );
  expect(bad, `accessibility of ${where}`).toEqual([]);
}
