// Sloppy or hostile CLI input is refused (exit 2) before anything is written; stored text is never
// printed raw; a mistyped --db does not create an empty ledger.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../src-shared/contract';
import { tempDir } from '../support/temp-dir';
import { cli, fingerprint, ledgerWithAccount, tamper } from './craft';

describe('strict CLI input', () => {
  it('refuses extra positional arguments with the usage', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const before = fingerprint(db);
    const r = await cli(db, 'deposit', accountId, '1', '000');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Too many arguments for deposit.*usage: ledger deposit ACCOUNT_ID AMOUNT/);
    expect((await cli(db, 'balance', accountId, 'extra')).code).toBe(2);
    expect((await cli(db, 'verify', 'now')).code).toBe(2);
    expect(fingerprint(db)).toBe(before);
  });

  it.each(['', '1e3', '0x10', '-1', '1.5', ' 1', '١'])('refuses --position %j', async (p) => {
    const { db } = await ledgerWithAccount();
    const r = await cli(db, 'as-of', `--position=${p}`);
    expect(r.code).toBe(2);
  });

  it.each([
    ['ESC', '\u001b[31mred', 'U+001B'],
    ['BEL', 'ding\u0007', 'U+0007'],
    ['CR/LF', 'two\r\nlines', 'U+000D'],
    ['NUL', 'nul\u0000', 'U+0000'],
    ['C1 CSI', 'x\u009by', 'U+009B'],
    ['RLO', 'abc\u202etxt.exe', 'U+202E'],
    ['LRI', 'a\u2066b', 'U+2066'],
  ])('refuses a name with %s, naming the character', async (_what, name, cp) => {
    const { db, accountId } = await ledgerWithAccount();
    const before = fingerprint(db);
    const r = await cli(db, 'rename', accountId, name);
    expect(r.code).toBe(2);
    expect(r.err).toContain(cp);
    expect((await cli(db, 'deposit', accountId, '1', '--description', name)).code).toBe(2);
    expect((await cli(db, 'open-account', '--owner', name, '--value-date', '2026-01-01')).code).toBe(2);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses zero-width-only text and accepts ordinary Unicode', async () => {
    const { db, accountId } = await ledgerWithAccount();
    const r = await cli(db, 'rename', accountId, '\u200b\u200d\ufeff');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invisible/);
    expect((await cli(db, 'rename', accountId, 'Ünïcødé 家計 👩‍👩‍👧')).code).toBe(0);
  });

  it('the IPC contract applies the same rule', () => {
    const input = { commandId: 'c0ffee00-0000-4000-8000-000000000000', accountId: 'x', name: 'a\u001bb' };
    const r = contract.renameAccount.input.safeParse(input);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('U+001B');
  });

  it('never prints control characters from stored data', async () => {
    const { db, accountId } = await ledgerWithAccount();
    // Written by another program (or an older version) straight into the file.
    tamper(db, (d) => {
      d.prepare(`UPDATE accounts SET name = ? WHERE account_id = ?`).run(
        'evil\u001b]0;pwned\u0007\u202e',
        accountId,
      );
      d.prepare(`UPDATE timeline SET description = ?`).run('\u001b[2J');
    });
    for (const args of [
      ['accounts'],
      ['--json', 'accounts'],
      ['history', accountId],
      ['--json', 'history'],
    ]) {
      const r = await cli(db, ...args);
      expect(r.code, args.join(' ')).toBe(0);
      // eslint-disable-next-line no-control-regex -- the assertion is about control characters
      expect(r.out, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    }
    const json = await cli(db, '--json', 'accounts');
    expect(JSON.stringify(JSON.parse(json.out))).toContain('evil');
  });

  it('a missing ledger is "no ledger at PATH" (exit 4) except for commands that create one', async () => {
    const dir = tempDir();
    const db = join(dir, 'typo.sqlite');
    for (const args of [
      ['verify'],
      ['accounts'],
      ['deposit', '7b0c3a52-8f51-4f0e-9a51-3f7d0f1c2e11', '1'],
      ['rebuild'],
      ['as-of', '--position', '0'],
    ]) {
      const r = await cli(db, ...args);
      expect(r.code, args.join(' ')).toBe(4);
      expect(r.err).toContain(`no ledger at ${db}`);
      expect(existsSync(db)).toBe(false);
    }
    expect((await cli(db, 'open-account', '--owner', 'Ann', '--value-date', '2026-01-01')).code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });
});
