// CSV profiles through the Ledger: commitStatement with saveProfile keeps the mapping and the
// settings the import used; csvProfiles lists them; a later preview with `profile` applies them.
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../src-main/ledger';
import { tempLedgerPath } from '../support/temp-dir';

const CSV = 'Tag;Betrag;Wer\n03.01.2024;-12,50;Bäcker\n05.01.2024;1.000,00;Arbeitgeber\n';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('CSV profiles', () => {
  it('saves the mapping on commit, lists it, and applies it to the next file', async () => {
    const l = openLedger(tempLedgerPath());
    try {
      const opened = await l.invoke('openAccount', {
        commandId: 'open-profile-test',
        name: 'Giro',
        owner: 'Ann',
        type: 'checking',
        currency: 'EUR',
        openingBalance: '0.00',
        openingDate: '2024-01-01',
      });
      if (!opened.ok) throw new Error(opened.error.message);
      const accountId = opened.value.accountId;
      const input = {
        accountId,
        fileName: 'jan.csv',
        contentBase64: b64(CSV),
        options: {
          map: { date: 'Tag', amount: 'Betrag', payee: 'Wer' },
          dateFormat: 'DD.MM.YYYY',
          decimal: ',' as const,
          delimiter: ';',
          saveProfile: 'Sparkasse',
        },
      };
      const r = await l.invoke('commitStatement', { ...input, keep: [] });
      expect(r.ok && r.value.counts.new).toBe(2);
      const list = await l.invoke('csvProfiles', { accountId });
      expect(list.ok && list.value).toEqual([
        {
          name: 'Sparkasse',
          map: { date: 'Tag', amount: 'Betrag', payee: 'Wer' },
          dateFormat: 'DD.MM.YYYY',
          decimal: ',',
          delimiter: ';',
          encoding: null,
        },
      ]);
      const next = await l.invoke('previewStatement', {
        accountId,
        fileName: 'feb.csv',
        contentBase64: b64('Tag;Betrag;Wer\n01.02.2024;-3,20;Kiosk\n'),
        options: { profile: 'Sparkasse' },
      });
      expect(next.ok && next.value.lines.map((x) => [x.valueDate, x.amount.minor, x.payee])).toEqual([
        ['2024-02-01', -320, 'Kiosk'],
      ]);
      const notCsv = await l.invoke('csvProfiles', { accountId: '00000000-0000-4000-8000-000000000000' });
      expect(notCsv.ok).toBe(false);
    } finally {
      await l.close();
    }
  });
});
