// The layering rules hold: ESLint (the project's own config) refuses each forbidden import in each
// folder and accepts the allowed ones, and refuses a switch over event types that misses one.
// This is what makes a violation fail `npm test` (lint runs there too): here it is proven to bite.
// Each probe is linted as the text of an existing file of the folder (ESLint's lintText), so the
// type-aware rules see it as part of the project; nothing is written to disk.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return (r?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const imports = (spec: string) => `import x from '${spec}';\nexport default x;\n`;

describe('layering', () => {
  const refused: Array<[string, string]> = [
    ['src-shared/money.ts', 'node:fs'],
    ['src-shared/money.ts', 'path'],
    ['src-shared/money.ts', '../src-main/ledger'],
    ['src-shared/money.ts', 'better-sqlite3'],
    ['src-renderer/src/lib/locale.ts', 'node:path'],
    ['src-renderer/src/lib/locale.ts', '../../../src-main/ledger'],
    ['src-renderer/src/lib/locale.ts', 'electron'],
    ['src-main/domain/account.ts', 'better-sqlite3'],
    ['src-main/domain/account.ts', '../eventstore/sqlite/sqlite-event-store'],
    ['src-main/domain/account.ts', 'node:fs'],
    ['src-main/application/commands.ts', '../storage/sqlite/sqlite-ledger-storage'],
    ['src-main/projections/dispatcher.ts', 'better-sqlite3'],
    ['src-main/backup/rotation.ts', 'better-sqlite3'],
    ['src-main/ledger.ts', 'electron'],
    ['src-main/cli/args.ts', 'electron'],
  ];
  it.each(refused)('%s may not import %s', async (file, spec) => {
    expect((await problems(file, imports(spec))).join('\n')).toMatch(/no-restricted-imports/);
  });

  const allowed: Array<[string, string]> = [
    ['src-shared/money.ts', 'zod'],
    ['src-renderer/src/lib/locale.ts', '../../../src-shared/money'],
    ['src-main/domain/account.ts', '../eventstore/types'],
    ['src-main/eventstore/sqlite/migrations.ts', 'better-sqlite3'],
    ['src-main/projections/sqlite/balances.ts', 'better-sqlite3'],
    ['src-main/electron/url-policy.ts', 'electron'],
    ['src-main/ledger.ts', './storage/sqlite/sqlite-ledger-storage'],
  ];
  it.each(allowed)('%s may import %s', async (file, spec) => {
    const found = await problems(file, imports(spec));
    expect(found.filter((p) => p.startsWith('no-restricted') || p.includes('Parsing error'))).toEqual([]);
  });
});

describe('exhaustive switches', () => {
  it('a switch over event types that misses one is an error, even with a default branch', async () => {
    const code = `import type { EventType } from '../src-shared/events/index';
export function f(t: EventType): number {
  switch (t) {
    case 'AccountCreated':
      return 1;
    default:
      return 0;
  }
}
`;
    const found = await problems('src-main/paths.ts', code);
    expect(found.join('\n')).toMatch(/switch-exhaustiveness-check.*MoneyDeposited/s);
  });
});
