// Where the ledger file lives by default, per platform. Shared by browser mode and the CLI;
// the Electron shell uses app.getPath('userData'), which resolves to the same folders.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Ledger';
export const LEDGER_FILE_NAME = 'ledger.sqlite';

/** The per-user data folder of the app (not created here). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_DIR_NAME);
  }
}

/** $LEDGER_DB if set, else the ledger file in the per-user data folder. */
export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LEDGER_DB?.trim();
  if (fromEnv) return fromEnv;
  return join(defaultDataDir(process.platform, env), LEDGER_FILE_NAME);
}
