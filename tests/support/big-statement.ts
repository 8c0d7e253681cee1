// A generated bank statement of `n` lines (CSV, UTF-8, header `date,amount,payee,description`):
// deterministic, every amount in cents, deposits and withdrawals mixed, dates spread over the
// years after 2020-01-01, payees repeating as a bank's do. Returns the file and what it moves.
export function bigStatementCsv(n: number, seed = 7): { bytes: Uint8Array; sumMinor: number } {
  const payees = ['ACME Payroll', 'Grocer', 'Landlord', 'Power Co', 'Cafe Rosa', 'Bookshop', 'Pharmacy'];
  let x = seed >>> 0;
  const next = () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
  const start = Date.UTC(2020, 0, 1);
  const out: string[] = ['date,amount,payee,description'];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const day = new Date(start + Math.floor((i * 5 * 365) / n) * 86_400_000).toISOString().slice(0, 10);
    // Mostly small withdrawals, a deposit every tenth line large enough to keep the account above zero.
    const minor = i % 10 === 0 ? 200_000 + (next() % 50_000) : -(100 + (next() % 9_900));
    sum += minor;
    const sign = minor < 0 ? '-' : '';
    const abs = Math.abs(minor);
    out.push(
      `${day},${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')},${payees[next() % payees.length]},Line ${i + 1}`,
    );
  }
  return { bytes: new TextEncoder().encode(`${out.join('\n')}\n`), sumMinor: sum };
}
