import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  defaultSettings,
  loadSettings,
  parseSettings,
  saveSettings,
  settingsPath,
  withRecentLedger,
} from '../../src-main/electron/settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings file', () => {
  it('defaults when missing, unreadable or not an object', async () => {
    expect(await loadSettings(join(dir, 'nope.json'))).toEqual(defaultSettings());
    expect(parseSettings('{not json')).toEqual(defaultSettings());
    expect(parseSettings('[1,2]')).toEqual(defaultSettings());
    expect(parseSettings('null')).toEqual(defaultSettings());
  });

  it('keeps the valid fields and drops the invalid ones', () => {
    const s = parseSettings(
      JSON.stringify({
        lastLedgerPath: '/a.sqlite',
        recentLedgers: 'nope',
        windowBounds: { width: 50, height: 10 },
        theme: 'dark',
      }),
    );
    expect(s).toEqual({ lastLedgerPath: '/a.sqlite', recentLedgers: [], windowBounds: null, theme: 'dark' });
  });

  it('round-trips through an atomic write and leaves no temp file', async () => {
    const file = settingsPath(join(dir, 'nested'));
    const s = {
      ...withRecentLedger(defaultSettings(), '/x.sqlite'),
      windowBounds: { x: 1, y: 2, width: 800, height: 600, maximized: false },
    };
    await saveSettings(file, s);
    expect(await loadSettings(file)).toEqual(s);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['settings.json']);
  });

  it('keeps the recent list unique, newest first, capped', () => {
    let s = defaultSettings();
    for (let i = 0; i < 12; i++) s = withRecentLedger(s, `/l${i}.sqlite`);
    s = withRecentLedger(s, '/l5.sqlite');
    expect(s.recentLedgers[0]).toBe('/l5.sqlite');
    expect(s.recentLedgers.length).toBe(8);
    expect(new Set(s.recentLedgers).size).toBe(8);
    expect(s.lastLedgerPath).toBe('/l5.sqlite');
  });

  it('the store serialises saves so the last update wins', async () => {
    const file = settingsPath(dir);
    const store = createSettingsStore(file, defaultSettings());
    const writes = [];
    for (let i = 0; i < 20; i++) writes.push(store.update((s) => withRecentLedger(s, `/f${i}.sqlite`)));
    await Promise.all(writes);
    expect(JSON.parse(readFileSync(file, 'utf8')).lastLedgerPath).toBe('/f19.sqlite');
    store.update((s) => ({ ...s, theme: 'light' }));
    store.flushSync();
    expect(parseSettings(readFileSync(file, 'utf8')).theme).toBe('light');
  });

  it('flushSync never throws (read-only profile)', () => {
    writeFileSync(join(dir, 'blocker'), '');
    const store = createSettingsStore(join(dir, 'blocker', 'settings.json'), defaultSettings());
    expect(() => store.flushSync()).not.toThrow();
  });
});
