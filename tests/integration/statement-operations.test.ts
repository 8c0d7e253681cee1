// The app's statement operations through ledger.invoke (what IPC and the HTTP bridge call):
// preview writes nothing, commit writes one batch, keep imports a chosen likely duplicate,
// re-import is all duplicates, undo restores the balance; bad and oversized files write nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT_FILE_BYTES } from '../../src-shared/contract';
import { openLedger, type SqliteLedger } from '../../src-main/ledger';
import { startWebServer } from '../../src-main/web/server';
import { tempLedgerPath } from '../support/temp-dir';
import { tmpdir } from 'node:os';

const FIXTURES = join(import.meta.dirname, '../fixtures/statements');
const b64 = (p: string) => readFileSync(join(FIXTURES, p)).toString('base64');

async function withLedger(fn: (l: SqliteLedger, accountId: string) => Promise<void>): Promise<void> {
  const l = openLedger(tempLedgerPath(), { checkOutputs: true });
  try {
    const r = await l.invoke('openAccount', {
      commandId: 'open-ann-0001',
      owner: 'Ann',
      currency: 'EUR',
      openingBalance: '1000.00',
      openingDate: '2024-02-29',
    });
    if (!r.ok) throw new Error(r.error.message);
    await fn(l, r.value.accountId);
  } finally {
    await l.close();
  }
}

const balance = (l: SqliteLedger, id: string) => l.storage.read.getAccount(id).balance.minor;

describe('statement operations', () => {
  it('preview, commit with a kept likely duplicate, re-import, undo', () =>
    withLedger(async (l, accountId) => {
      await l.invoke('withdraw', {
        commandId: 'hand-rewe-0001',
        accountId,
        amount: '42.50',
        valueDate: '2024-03-02',
        description: 'REWE',
      });
      const input = { accountId, fileName: 'camt053-v04.xml', contentBase64: b64('camt/camt053-v04.xml') };
      const head = l.store.headPosition();
      const preview = await l.invoke('previewStatement', input);
      if (!preview.ok) throw new Error(preview.error.message);
      expect(l.store.headPosition()).toBe(head);
      expect(preview.value).toMatchObject({
        batchId: null,
        format: 'camt',
        counts: { new: 6, attention: 1, duplicates: 0 },
        csv: null,
      });
      const flagged = preview.value.lines.find((x) => x.reason === 'likely_duplicate')!;
      expect(flagged).toMatchObject({ status: 'attention', amount: { minor: -4250, currency: 'EUR' } });
      expect(preview.value.statementBalance).toMatchObject({ amount: { minor: 390565 } });

      const before = balance(l, accountId);
      const commit = await l.invoke('commitStatement', { ...input, keep: [flagged.index] });
      if (!commit.ok) throw new Error(commit.error.message);
      expect(commit.value.batchId).toMatch(/^[0-9a-f-]{36}$/);
      expect(commit.value.counts.new).toBe(7);
      expect(balance(l, accountId)).not.toBe(before);

      const again = await l.invoke('previewStatement', input);
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value.counts).toEqual({ new: 0, duplicates: 7, attention: 0, refused: 0 });

      const undo = await l.invoke('undoImport', { batchId: commit.value.batchId! });
      expect(undo).toMatchObject({ ok: true, value: { reversed: 7 } });
      expect(balance(l, accountId)).toBe(before);
    }));

  it('a CSV is previewed with the columns it found and the mapping it used', () =>
    withLedger(async (l, accountId) => {
      const csv = 'date,amount,payee,notes\n2024-03-05,-10.00,Bakery,Bread\n2024-03-06,25.50,Ann,Refund\n';
      const r = await l.invoke('previewStatement', {
        accountId,
        fileName: 'bank.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.format).toBe('csv');
      expect(r.value.csv?.columns).toEqual(['date', 'amount', 'payee', 'notes']);
      expect(r.value.csv?.map).toMatchObject({ date: 'date', amount: 'amount' });
      expect(r.value.lines.map((x) => [x.fileLine, x.valueDate, x.amount.minor, x.payee])).toEqual([
        [2, '2024-03-05', -1000, 'Bakery'],
        [3, '2024-03-06', 2550, 'Ann'],
      ]);
    }));

  it('broken, hostile, empty and oversized files are refused with a message; nothing is written', () =>
    withLedger(async (l, accountId) => {
      const head = l.store.headPosition();
      for (const [fileName, contentBase64] of [
        ['truncated.xml', b64('camt/truncated.xml')],
        ['xxe.xml', b64('camt/xxe.xml')],
        ['bad-amount.csv', b64('csv/bad-amount.csv')],
        ['empty.csv', ''],
        ['junk.bin', Buffer.from([0, 1, 2, 255, 254, 0, 7]).toString('base64')],
        ['not-base64.csv', '***'],
      ] as const) {
        const r = await l.invoke('commitStatement', { accountId, fileName, contentBase64 });
        expect(r.ok, fileName).toBe(false);
        if (!r.ok) expect(r.error.message.length, fileName).toBeGreaterThan(5);
      }
      const big = await l.invoke('previewStatement', {
        accountId,
        fileName: 'big.csv',
        contentBase64: 'A'.repeat(Math.ceil(MAX_STATEMENT_FILE_BYTES / 3) * 4 + 4),
      });
      expect(big).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (!big.ok) expect(big.error.message).toMatch(/larger than 20 MB/);
      expect(l.store.headPosition()).toBe(head);
    }));

  it('the preview predicts the difference the import leaves, the opening date moved back included', async () => {
    const l = openLedger(tempLedgerPath(), { checkOutputs: true });
    try {
      const open = await l.invoke('openAccount', {
        commandId: 'open-usd-0001',
        owner: 'Ann',
        currency: 'USD',
        openingBalance: '500.00',
        openingDate: '2024-01-01',
      });
      if (!open.ok) throw new Error(open.error.message);
      const input = {
        accountId: open.value.accountId,
        fileName: 'data-payee-memo.ofx',
        contentBase64: b64('samples/ofx/data-payee-memo.ofx'),
        options: { moveOpeningDate: true },
      };
      const preview = await l.invoke('previewStatement', input);
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.value.openingDateMovedTo).toBe('2019-01-23');
      expect(preview.value.lines.every((x) => x.reason === 'before_opening')).toBe(true);
      const commit = await l.invoke('commitStatement', input);
      if (!commit.ok) throw new Error(commit.error.message);
      // LEDGERBAL 1000.00 on 2019-01-24; the books then: 500.00 - 100.00.
      expect(commit.value.difference).toEqual({ minor: 60000, currency: 'USD' });
      expect(preview.value.difference).toEqual(commit.value.difference);
    } finally {
      await l.close();
    }
  });

  it('browser mode takes a statement body beyond the 1 MiB API bound, and refuses one beyond 20 MB', async () => {
    const server = await startWebServer({ dbPath: tempLedgerPath(), staticDir: tmpdir() });
    try {
      const post = (name: string, body: unknown) =>
        fetch(`${server.origin}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: JSON.stringify(body),
        });
      const open = await (
        await post('openAccount', { commandId: 'open-web-0001', owner: 'Web', currency: 'EUR' })
      ).json();
      // 1.6 MB as base64: more than other methods accept, within the statement bound.
      const rows = Array.from(
        { length: 10_000 },
        (_, i) => `2099-01-01,-0.01,Shop,row ${i} ${'x'.repeat(90)}`,
      ).join('\n');
      const body = {
        accountId: open.value.accountId,
        fileName: 'big.csv',
        contentBase64: Buffer.from(`date,amount,payee,notes\n${rows}\n`).toString('base64'),
      };
      const r = await post('previewStatement', body);
      expect(r.status).toBe(200);
      const answer = await r.json();
      expect(answer).toMatchObject({ ok: true, value: { format: 'csv', counts: { new: 10_000 } } });
      const other = await post('listAccounts', { pad: body.contentBase64 });
      expect(other.status).toBe(413);
      const huge = await post('previewStatement', {
        ...body,
        contentBase64: 'A'.repeat(Math.ceil(MAX_STATEMENT_FILE_BYTES / 3) * 4 + 100 * 1024),
      });
      expect(huge.status).toBe(413);
      expect((await huge.json()).error.message).toMatch(/larger than 20 MB/);
    } finally {
      await server.close();
    }
  });
});
