// W8 backdating: one deposit through Ledger.execute into an account that already has 100,000
// entries, dated before all of them, against the same deposit dated after all of them. A
// backdated entry must not rewrite the later entries' running balances (the value-date read
// model adds up buckets instead), so both should cost about the same.
import { join } from 'node:path';
import { commands } from '../src-main/application/commands';
import { Ledger } from '../src-main/ledger';
import { accountId, appendMovements, movements, now, openAccounts, tempDir } from './lib';

export async function w8(p: { events: number; calls: number }): Promise<Record<string, number[]>> {
  const tmp = tempDir();
  const ledger = Ledger.open(join(tmp.dir, 'ledger.db'), { synchronous: 'NORMAL' });
  try {
    openAccounts(ledger.store, ledger.storage.projections, 1);
    appendMovements(ledger.store, ledger.storage.projections, movements(p.events, 1, 7), 10_000);
    let seq = 0;
    const deposit = (valueDate: string) =>
      ledger.execute('deposit', commands.deposit, {
        commandId: `bench-w8-${seq++}`,
        accountId: accountId(0),
        amount: '1.00',
        valueDate,
      });
    // The first command loads the whole stream and leaves a snapshot, as the app's would.
    deposit('2026-06-01');
    const time = (valueDate: string) => {
      const t = now();
      for (let i = 0; i < p.calls; i++) deposit(valueDate);
      return (now() - t) / p.calls;
    };
    const samples = { append: [] as number[], backdate: [] as number[] };
    for (let r = 0; r < 3; r++) {
      samples.append.push(time('2026-06-01'));
      samples.backdate.push(time('2008-01-01'));
    }
    return samples;
  } finally {
    await ledger.close();
    tmp.cleanup();
  }
}
