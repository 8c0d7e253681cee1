// The shell's small settings file in userData: last opened ledger, recent ledgers, window bounds,
// theme. Electron-free; written atomically (temp file + rename) so a crash never leaves half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const SETTINGS_FILE = 'settings.json';
const MAX_RECENT = 8;

const Bounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(150).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof Bounds>;

const SettingsSchema = z.object({
  lastLedgerPath: z.string().min(1).nullable().catch(null),
  recentLedgers: z.array(z.string().min(1)).catch([]),
  windowBounds: Bounds.nullable().catch(null),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => ({
  lastLedgerPath: null,
  recentLedgers: [],
  windowBounds: null,
  theme: 'system',
});

export const settingsPath = (userDataDir: string) => join(userDataDir, SETTINGS_FILE);

/** Parse settings text; anything unreadable falls back field by field to the defaults. */
export function parseSettings(text: string): Settings {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return defaultSettings();
    return SettingsSchema.parse({ ...defaultSettings(), ...json });
  } catch {
    return defaultSettings();
  }
}

export async function loadSettings(file: string): Promise<Settings> {
  try {
    return parseSettings(await readFile(file, 'utf8'));
  } catch {
    return defaultSettings();
  }
}

const tempName = (file: string) => `${file}.${process.pid}.${Date.now()}.tmp`;

export async function saveSettings(file: string, settings: Settings): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempName(file);
  await writeFile(tmp, JSON.stringify(settings, null, 2), { encoding: 'utf8', flush: true });
  await rename(tmp, file);
}

/** For the quit path, where there is no later tick to finish an async write. */
export function saveSettingsSync(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempName(file);
  writeFileSync(tmp, JSON.stringify(settings, null, 2), { encoding: 'utf8', flush: true });
  renameSync(tmp, file);
}

/** Put `path` first in the recent list (deduplicated, capped). */
export function withRecentLedger(settings: Settings, path: string): Settings {
  const recentLedgers = [path, ...settings.recentLedgers.filter((p) => p !== path)].slice(0, MAX_RECENT);
  return { ...settings, lastLedgerPath: path, recentLedgers };
}

/**
 * Serialises saves: each save waits for the previous one, so an older state can never
 * overwrite a newer one when two renames race.
 */
export function createSettingsStore(file: string, initial: Settings) {
  let current = initial;
  let chain: Promise<void> = Promise.resolve();
  return {
    get: () => current,
    update(change: (s: Settings) => Settings): Promise<void> {
      current = change(current);
      const snapshot = current;
      chain = chain.then(() => saveSettings(file, snapshot)).catch(() => undefined);
      return chain;
    },
    flushSync(): void {
      try {
        saveSettingsSync(file, current);
      } catch {
        // Losing window bounds on a read-only profile is not worth failing the quit.
      }
    },
  };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
