// Where the ledger file lives by default, per platform. Shared by browser mode and the CLI;
// they match Electron's app.getPath('userData') for productName "Ledger", so the app, the CLI
// and browser mode all open the same file by default.
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
  // Windows and macOS have their own places; every other platform follows XDG.
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME);
}

/** $LEDGER_DB if set, else the ledger file in the per-user data folder. */
export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LEDGER_DB?.trim();
  if (fromEnv) return fromEnv;
  return join(defaultDataDir(process.platform, env), LEDGER_FILE_NAME);
}
