// `npm start` on a machine without the Electron binary and without network: two lines that say so
// and point at browser mode, before any native build step runs (and prints its errors).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const scripts = resolve(import.meta.dirname, '../../scripts');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('without the Electron binary and offline, npm start stops with two lines naming browser mode', () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-start-'));
  mkdirSync(join(dir, 'scripts'));
  for (const f of ['ensure-electron-sqlite.mjs', 'check-native-abi.mjs'])
    copyFileSync(join(scripts, f), join(dir, 'scripts', f));
  const pkg = (name: string, body: object) => {
    mkdirSync(join(dir, 'node_modules', name), { recursive: true });
    writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify(body));
  };
  pkg('better-sqlite3', { name: 'better-sqlite3', version: '12.0.0' });
  pkg('electron', { name: 'electron', version: '45.5.0' });
  // What Electron's own installer does offline: fail, leaving no binary behind.
  writeFileSync(join(dir, 'node_modules', 'electron', 'install.js'), 'process.exit(1)\n');
  const env = { ...process.env };
  delete env.LEDGER_SKIP_ELECTRON_NATIVE;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'ensure-electron-sqlite.mjs')], {
    encoding: 'utf8',
    env,
  });
  expect(r.status).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/Electron binary is not installed/);
  expect(lines[1]).toMatch(/npm run web/);
  expect(r.stdout + r.stderr).not.toMatch(/gyp|prebuild/);
});
