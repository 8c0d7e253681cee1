// Fills a ledger through the core (fast: no UI round trips), for journeys that need data.
import { randomUUID } from 'node:crypto';
import type { Input, MethodName, Output } from '../../../src-shared/contract';
import type { WebServer } from '../../../src-main/web/server';

/** Runs one method of the core; throws with the core's message when it refuses. */
export async function call<N extends MethodName>(
  server: WebServer,
  name: N,
  input: Omit<Input<N>, 'commandId'>,
): Promise<Output<N>> {
  const r = await server.ledger.invoke(name, { commandId: randomUUID(), ...input });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

export async function openAccount(
  server: WebServer,
  owner: string,
  opening = '0',
  currency = 'EUR',
): Promise<string> {
  // Opened at the start of 2026 so specs can backdate entries into this year.
  const r = await call(server, 'openAccount', {
    owner,
    currency,
    openingBalance: opening,
    openingDate: '2026-01-01',
  });
  return r.accountId;
}

/** A household: accounts whose names sort differently as text and as numbers, long names and
 *  descriptions, two currencies, a transfer, a correction and a rename. */
export async function household(server: WebServer): Promise<{ main: string; savings: string; usd: string }> {
  const main = await openAccount(
    server,
    'Household account of the Martin-Diaz family, shared with the grandparents',
    '2500.00',
  );
  const savings = await openAccount(server, 'Anna 12', '10000.00');
  await openAccount(server, 'Anna 2', '15.00');
  const usd = await openAccount(server, 'Travel fund', '1200.00', 'USD');
  for (let i = 1; i <= 8; i++) {
    await call(server, 'deposit', {
      accountId: main,
      amount: `${100 + i}.25`,
      description: `Salary payment number ${i} from the employer, with a reference that is far too long to fit`,
    });
    await call(server, 'withdraw', { accountId: main, amount: `${20 + i}.10`, description: 'Groceries' });
  }
  const mistaken = await call(server, 'deposit', { accountId: main, amount: '999999.99' });
  void mistaken;
  await call(server, 'transfer', {
    fromAccountId: main,
    toAccountId: savings,
    amount: '150.00',
    description: 'Monthly savings',
  });
  await call(server, 'changeOwner', { accountId: usd, owner: 'Travel fund 2027' });
  return { main, savings, usd };
}
