// One resolver for the CSV settings (application/statement-settings.ts), used by the app's
// previewStatement and the CLI's import-statement alike: the options given win, then the account's
// saved profile (named, or the last saved one whose columns the file has), then detection.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLedger } from '../support/cli-runner';
import { openLedger } from '../../src-main/ledger';
import { tempDir } from '../support/temp-dir';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const JAN = 'Tag;Betrag;Wer\n03.01.2024;-12,50;Bäcker\n05.01.2024;1.000,00;Arbeitgeber\n';
const FEB = 'Tag;Betrag;Wer\n01.02.2024;-3,20;Kiosk\n';
const OTHER = 'Date,Amount,Payee\n2024-02-02,-1.50,Shop\n';

const cli = runLedger;

describe('CSV settings: given > saved profile > detection', () => {
  it('the app and the CLI resolve the same way', async () => {
    const dir = tempDir();
    const db = join(dir, 'settings.sqlite');
    const l = openLedger(db);
    let accountId = '';
    try {
      const opened = await l.invoke('openAccount', {
        commandId: 'open-settings-test',
        name: 'Giro',
        owner: 'Ann',
        type: 'checking',
        currency: 'EUR',
        openingBalance: '0.00',
        openingDate: '2024-01-01',
      });
      if (!opened.ok) throw new Error(opened.error.message);
      accountId = opened.value.accountId;
      // The profile puts "Wer" in the description, which detection would not.
      const saved = await l.invoke('commitStatement', {
        accountId,
        fileName: 'jan.csv',
        contentBase64: b64(JAN),
        keep: [],
        options: { map: { date: 'Tag', amount: 'Betrag', description: 'Wer' }, saveProfile: 'Sparkasse' },
      });
      expect(saved.ok && saved.value.counts.new).toBe(2);

      const preview = async (name: string, text: string, options = {}) => {
        const r = await l.invoke('previewStatement', {
          accountId,
          fileName: name,
          contentBase64: b64(text),
          options,
        });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      // No options: the saved profile fits the file's columns, so it is used.
      const auto = await preview('feb.csv', FEB);
      expect(auto.csv?.profile).toBe('Sparkasse');
      expect(auto.lines.map((x) => [x.payee, x.description])).toEqual([[null, 'Kiosk']]);
      // A mapping given wins over the profile.
      const given = await preview('feb.csv', FEB, { map: { date: 'Tag', amount: 'Betrag', payee: 'Wer' } });
      expect(given.csv?.profile).toBeNull();
      expect(given.lines.map((x) => [x.payee, x.description])).toEqual([['Kiosk', null]]);
      // A setting given beside the profile wins over the profile's (here: none saved) and detection.
      const decimal = await preview('feb.csv', FEB, { decimal: ',' });
      expect(decimal.csv).toMatchObject({ profile: 'Sparkasse', decimal: ',', encoding: 'utf-8' });
      // A file whose columns the profile does not name: detection.
      const other = await preview('other.csv', OTHER);
      expect(other.csv?.profile).toBeNull();
      expect(other.lines.map((x) => [x.valueDate, x.amount.minor, x.payee])).toEqual([
        ['2024-02-02', -150, 'Shop'],
      ]);
      // A delimiter given is the one the columns are read with.
      const semi = await l.invoke('previewStatement', {
        accountId,
        fileName: 'other.csv',
        contentBase64: b64(OTHER),
        options: { delimiter: ';' },
      });
      expect(!semi.ok && semi.error.message).toContain('no columns separated by ";"');
      const comma = await preview('other.csv', OTHER, { delimiter: ',' });
      expect(comma.csv).toMatchObject({ delimiter: ',', columns: ['Date', 'Amount', 'Payee'] });
    } finally {
      await l.close();
    }

    // The CLI: the same file, the same profile, the same lines.
    const file = join(dir, 'feb.csv');
    writeFileSync(file, FEB);
    const dry = await cli(db, 'import-statement', file, '--account', accountId, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(dry.err).toContain('using the saved CSV profile "Sparkasse"');
    expect(JSON.parse(dry.out)).toMatchObject({ new: 1, dryRun: true });
    const mapped = await cli(
      db,
      'import-statement',
      file,
      '--account',
      accountId,
      '--map',
      'date=Tag,amount=Betrag,payee=Wer',
      '--dry-run',
      '--json',
    );
    expect(mapped.code).toBe(0);
    expect(mapped.err).not.toContain('saved CSV profile');
    const bad = await cli(db, 'import-statement', file, '--account', accountId, '--date-format', 'nope');
    expect(bad.code).toBe(2);
  });
});
