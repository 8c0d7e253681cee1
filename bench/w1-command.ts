// W1 command append: one command at a time through Ledger.execute, exactly as the app runs it
// (load the aggregate, decide, append with the expected version, project inline, one
// IMMEDIATE transaction each). Baselines: one raw INSERT per transaction, into the app's own
// events table and into the minimal event table (see baseline.ts).
// One pass of N commands: the first N - fullTail at synchronous=NORMAL, then the connection is
// switched to synchronous=FULL (the app's setting) for the last fullTail commands, so the FULL
// figure is measured on a ledger of the full size (accounts with history), not on a young one,
// without paying one fsync per command for all N.
import { join } from 'node:path';
import { commands } from '../src-main/application/commands';
import { Ledger } from '../src-main/ledger';
import { baselineInsert, type BaselineSchema } from './baseline';
import { accountId, movements, now, openAccounts, tempDir } from './lib';

export async function w1App(p: {
  events: number;
  fullTail: number;
  reps: number;
}): Promise<Record<string, number[]>> {
  const ms = movements(p.events);
  const normal: number[] = [];
  const full: number[] = [];
  const split = ms.length - p.fullTail;
  for (let r = 0; r < p.reps; r++) {
    const tmp = tempDir();
    const ledger = Ledger.open(join(tmp.dir, 'ledger.db'), { synchronous: 'NORMAL' });
    openAccounts(ledger.store, ledger.storage.projections);
    const run = (from: number, to: number) => {
      const t = now();
      for (let i = from; i < to; i++) {
        const m = ms[i]!;
        const name = m.type === 'MoneyDeposited' ? 'deposit' : 'withdraw';
        ledger.execute(name, commands[name], {
          commandId: `bench-cmd-${r}-${i}`,
          accountId: accountId(m.account),
          amount: m.amount,
          description: m.description,
          valueDate: m.valueDate,
        });
      }
      return (to - from) / ((now() - t) / 1000);
    };
    normal.push(run(0, split));
    ledger.storage.db.pragma('synchronous = FULL');
    if (p.fullTail > 0) full.push(run(split, ms.length));
    if (ledger.store.headPosition() !== ms.length + 1000) throw new Error('W1: a command was not applied');
    await ledger.close();
    tmp.cleanup();
  }
  return { normal, full };
}

export function w1Baseline(p: {
  events: number;
  fullTail: number;
  reps: number;
  schema?: BaselineSchema;
}): Record<string, number[]> {
  const normal: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < p.reps; r++) {
    const [n, f] = baselineInsert(p.events, 1, 'NORMAL', 1, p.fullTail, p.schema ?? 'app');
    normal.push(n!);
    if (f !== undefined) full.push(f);
  }
  return { normal, full };
}
