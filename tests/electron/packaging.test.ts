// The packaging config and the native-ABI check. Packaging itself needs Electron's binary zip
// (network), so this checks the config's security and native-module settings as data.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..', '..');
// js-yaml ships with electron-builder; loaded untyped on purpose.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; desktop: { entry: Record<string, string> } };
  win: { target: string[]; icon: string };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string };
}
const config = yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder config', () => {
  it('names the app and packs the electron-vite output', () => {
    expect(config.productName).toBe('Ledger');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('unpacks the native module and never rebuilds node_modules in place', () => {
    expect(config.asarUnpack.some((p) => p.includes('better_sqlite3.node'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(existsSync(join(repo, config.afterPack))).toBe(true);
  });

  it('targets AppImage+deb, NSIS and a hardened-runtime dmg, with their resources', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry.Categories).toContain('Finance');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(join(repo, config.mac.entitlements))).toBe(true);
    expect(existsSync(join(repo, config.win.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(join(repo, config.linux.icon, `${size}x${size}.png`)), `${size}px`).toBe(true);
    }
    expect(existsSync(join(repo, 'build', 'icon.png'))).toBe(true);
  });
});

describe('scripts/check-native-abi.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-abi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the ABI from the module and knows Electron 45 needs 150', async () => {
    const abi = (await import(pathToFileURL(join(repo, 'scripts', 'check-native-abi.mjs')).href)) as {
      readModuleAbi(file: string): { abi?: number; napi?: boolean } | null;
      expectedElectronAbi(): { abi: number };
      checkModules(files: string[], expected: number): string[];
    };
    expect(abi.expectedElectronAbi().abi).toBe(150);

    const nodeBuild = join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(abi.readModuleAbi(nodeBuild)).toEqual({ abi: Number(process.versions.modules) });
    expect(abi.checkModules([nodeBuild], 150)).toHaveLength(1);

    const electronLike = join(dir, 'better_sqlite3.node');
    writeFileSync(electronLike, 'ELF... node_register_module_v150 ...');
    expect(abi.checkModules([electronLike], 150)).toEqual([]);
    writeFileSync(join(dir, 'napi.node'), '... napi_register_module_v1 ...');
    expect(abi.readModuleAbi(join(dir, 'napi.node'))).toEqual({ napi: true });
  });
});
