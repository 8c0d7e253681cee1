// W1 command append: one command at a time through Ledger.execute, exactly as the app runs it
// (load the aggregate, decide, append with the expected version, project inline, one
// IMMEDIATE transaction each). Baseline: one raw INSERT per transaction.
import { join } from 'node:path';
import { Ledger } from '../src-main/ledger';
import { baselineInsert } from './baseline';
import { accountId, movements, now, openAccounts, tempDir, type Sync } from './lib';

export async function w1App(p: {
  events: number;
  sync: Sync;
  reps: number;
}): Promise<Record<string, number[]>> {
  const ms = movements(p.events);
  const rate: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const ledger = Ledger.open(join(tmp.dir, 'ledger.db'), { synchronous: p.sync });
    openAccounts(ledger.store, ledger.projector);
    const t = now();
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      ledger.execute(m.type === 'MoneyDeposited' ? 'deposit' : 'withdraw', {
        commandId: `bench-cmd-${r}-${i}`,
        accountId: accountId(m.account),
        amount: m.amount,
        description: m.description,
        valueDate: m.valueDate,
      });
    }
    rate.push(ms.length / ((now() - t) / 1000));
    if (ledger.store.headPosition() !== ms.length + 1000) throw new Error('W1: a command was not applied');
    await ledger.close();
    tmp.cleanup();
  }
  return { app: rate };
}

export function w1Baseline(p: { events: number; sync: Sync; reps: number }): Record<string, number[]> {
  return { base: baselineInsert(p.events, 1, p.sync, p.reps) };
}
