// Another program with the ledger open (as browser mode or the app keeps it): opens a Ledger,
// prints "open", then runs one command per stdin line ("deposit ACCOUNT AMOUNT") and prints the
// envelope as JSON; closes the ledger when stdin ends.
import { createInterface } from 'node:readline';
import { openLedger } from '../../src-main/ledger';

const ledger = openLedger(process.argv[2]!, { create: false });
process.stdout.write('open\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, accountId, amount] = line.split(' ');
  if (cmd !== 'deposit') continue;
  const r = await ledger.invoke('deposit', {
    commandId: crypto.randomUUID(),
    accountId,
    amount,
    valueDate: '2026-02-01',
  });
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
await ledger.close();
