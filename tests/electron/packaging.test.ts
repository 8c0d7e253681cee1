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
  extraResources: Array<{ from: string; to: string }>;
  fileAssociations: Array<{ ext: string | string[]; name: string; role?: string; mimeType?: string }>;
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

interface AfterPackModule {
  E2E_OUTPUT_DIR: string;
  packageVariant(env: Record<string, string | undefined>): 'e2e' | 'release';
  fusesFor(fuses: Record<string, boolean>, variant: 'e2e' | 'release'): Record<string, boolean>;
  applyPackageVariant(
    context: {
      outDir: string;
      packager: { projectDir: string; config: { electronFuses?: Record<string, boolean> } };
    },
    env: Record<string, string | undefined>,
  ): 'e2e' | 'release';
}
const afterPack = (await import(
  pathToFileURL(join(repo, 'build', 'after-pack.mjs')).href
)) as AfterPackModule;

describe('packaging variants (build/after-pack.mjs)', () => {
  const fakeContext = (outDir: string) => ({
    outDir,
    packager: { projectDir: repo, config: { electronFuses: { ...config.electronFuses } } },
  });

  it('the release default keeps enableNodeCliInspectArguments off', () => {
    expect(afterPack.packageVariant({})).toBe('release');
    expect(afterPack.packageVariant({ LEDGER_E2E_PACKAGE: '0' })).toBe('release');
    expect(afterPack.packageVariant({ LEDGER_E2E_PACKAGE: 'yes' })).toBe('release');
    expect(afterPack.fusesFor(config.electronFuses, 'release')).toEqual(config.electronFuses);
    const ctx = fakeContext(join(repo, 'release'));
    expect(afterPack.applyPackageVariant(ctx, {})).toBe('release');
    expect(ctx.packager.config.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('LEDGER_E2E_PACKAGE=1 turns on that one fuse, and only outside release/', () => {
    const env = { LEDGER_E2E_PACKAGE: '1' };
    expect(afterPack.packageVariant(env)).toBe('e2e');
    const ctx = fakeContext(join(repo, afterPack.E2E_OUTPUT_DIR));
    expect(afterPack.applyPackageVariant(ctx, env)).toBe('e2e');
    expect(ctx.packager.config.electronFuses).toEqual({
      ...config.electronFuses,
      enableNodeCliInspectArguments: true,
    });
    expect(() => afterPack.applyPackageVariant(fakeContext(join(repo, 'release')), env)).toThrow(
      /never to release/,
    );
    // The yml (the release) is untouched.
    expect(config.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('npm run dist:e2e builds the variant into release/e2e', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['dist:e2e']).toMatch(/LEDGER_E2E_PACKAGE=1/);
    expect(pkg.scripts['dist:e2e']).toContain(`-c.directories.output=${afterPack.E2E_OUTPUT_DIR}`);
    expect(pkg.scripts['dist']).not.toMatch(/LEDGER_E2E_PACKAGE/);
  });
});

describe('shipped resources', () => {
  it('ships the window icon and the AppArmor profile as extra resources', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'build/icon.png', to: 'icon.png' },
        { from: 'build/apparmor/ledger-appimage', to: 'apparmor/ledger-appimage' },
      ]),
    );
    for (const r of config.extraResources) expect(existsSync(join(repo, r.from)), r.from).toBe(true);
  });

  it('associates .ledger files with the app', () => {
    const exts = config.fileAssociations.flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]));
    expect(exts).toContain('ledger');
    expect(config.fileAssociations[0]).toMatchObject({ name: 'Ledger file', role: 'Editor' });
  });

  it('the AppArmor profile allows user namespaces for the mounted AppImage binary', () => {
    const profile = readFileSync(join(repo, 'build', 'apparmor', 'ledger-appimage'), 'utf8');
    expect(profile).toMatch(/^abi <abi\/4\.0>,$/m);
    expect(profile).toMatch(
      /^profile ledger-appimage \/tmp\/\.mount_Ledger\*\/ledger flags=\(unconfined\) \{$/m,
    );
    expect(profile).toMatch(/^\s+userns,$/m);
  });

  it('the README says which targets are supported on which distributions', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toMatch(/### Supported targets/);
    expect(readme).toMatch(/^\| Ubuntu 23\.10, Ubuntu 24\.04 .*\| AppImage .*ledger-appimage/m);
    expect(readme).toMatch(/^\| Ubuntu 23\.10, Ubuntu 24\.04 .*\| `\.deb` +\| supported/m);
    expect(readme).toContain('build/apparmor/ledger-appimage');
    expect(readme).toContain('npm run test:e2e:electron');
  });
});
