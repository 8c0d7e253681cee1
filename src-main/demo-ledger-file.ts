// The demo ledger as a file: a fresh temporary folder per demo, so a newcomer's clicking around
// never touches their own books and every demo starts from the same year of entries.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { todayIn } from '../src-shared/dates';
import { writeDemoLedger } from './application/demo-ledger';
import { openLedger, type Ledger, type LedgerOptions } from './ledger';

const DEMO_DIR_PREFIX = 'ledger-demo-';

/** A demo is temporary: it has no place among the recent ledgers. */
export const isDemoLedgerPath = (path: string): boolean =>
  basename(dirname(path)).startsWith(DEMO_DIR_PREFIX) && dirname(dirname(path)) === tmpdir();

/** Opens a new demo ledger (written through the ordinary commands) and leaves it open. */
export async function openDemoLedgerFile(
  options: LedgerOptions = {},
  open: (path: string, options: LedgerOptions) => Ledger = openLedger,
): Promise<Ledger> {
  const path = join(mkdtempSync(join(tmpdir(), DEMO_DIR_PREFIX)), 'demo.ledger');
  const ledger = open(path, { ...options, create: true });
  try {
    await writeDemoLedger(ledger, (options.today ?? todayIn)());
  } catch (e) {
    await ledger.close();
    throw e;
  }
  return ledger;
}
