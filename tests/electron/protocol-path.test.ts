import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../src-main/electron/protocol-files';
import {
  CONTENT_SECURITY_POLICY,
  isInside,
  mimeTypeFor,
  resolveAppPath,
} from '../../src-main/electron/protocol-path';

const root = '/srv/app/renderer';

describe('resolveAppPath', () => {
  it('serves index.html for the root and for /index.html', () => {
    for (const url of ['app://ledger/', 'app://ledger', 'app://ledger/index.html', 'app://ledger/?x=1#top']) {
      const r = resolveAppPath(url, root);
      expect(r).toEqual({ ok: true, file: join(root, 'index.html'), relativePath: 'index.html' });
    }
  });

  it('resolves assets below the root, decoding once', () => {
    expect(resolveAppPath('app://ledger/assets/index-abc.js', root)).toMatchObject({
      ok: true,
      file: join(root, 'assets/index-abc.js'),
    });
    expect(resolveAppPath('app://ledger/assets/my%20font.woff2', root)).toMatchObject({
      ok: true,
      file: join(root, 'assets/my font.woff2'),
    });
  });

  it.each([
    'app://x/../../etc/passwd',
    'app://ledger/../../etc/passwd',
    'app://ledger/assets/../../../etc/passwd',
    'app://ledger/%2e%2e/%2e%2e/etc/passwd',
    'app://ledger/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://ledger/..%2f..%2fetc%2fpasswd',
    'app://ledger/..%5c..%5cwindows%5cwin.ini',
    'app://ledger/..\\..\\etc\\passwd',
    'app://ledger/%252e%252e%252fetc%252fpasswd',
    'app://ledger/%252e%252e/%252e%252e/etc/passwd',
    'app://ledger/index.html%00.png',
    'app://ledger/index.html\0',
    'app://ledger/%2fetc%2fpasswd',
    'app://ledger//etc/passwd',
    'app://ledger/C:/Windows/win.ini',
    'app://ledger/c%3a%5cwindows%5cwin.ini',
    'app://ledger/./index.html',
    'app://ledger/assets/%2e/x.js',
  ])('refuses %s', (url) => {
    const r = resolveAppPath(url, root);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([400, 403, 404]).toContain(r.status);
  });

  it('refuses traversal with 403 (not just a missing file)', () => {
    for (const url of [
      'app://ledger/../../etc/passwd',
      'app://ledger/%2e%2e%2fsecret',
      'app://ledger/..%5csecret',
    ]) {
      expect(resolveAppPath(url, root)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppPath('file:///etc/passwd', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppPath('app://evil/index.html', root)).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath('not a url', root)).toMatchObject({ ok: false });
  });

  it('refuses a malformed percent escape', () => {
    expect(resolveAppPath('app://ledger/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
  });

  it('never returns a file outside the root (fuzzed)', () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '/', '\\', 'a', '%00', '%25', 'etc', '%252e', '~'];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let i = 0; i < 3000; i++) {
      const path = Array.from({ length: 1 + (i % 7) }, () => pieces[rand()]).join('');
      const r = resolveAppPath(`app://ledger/${path}`, root);
      if (r.ok) expect(isInside(root, r.file)).toBe(true);
    }
  });
});

describe('mime types and CSP', () => {
  it('maps the renderer build output', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('is strict: no eval, no remote origins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('serveAppRequest (real files)', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-protocol-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Ledger</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'do not serve');
    symlinkSync(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves index.html with the CSP and its MIME type', async () => {
    const res = await serveAppRequest('app://ledger/', rendererDir);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Ledger</title>');
  });

  it('serves a script as JavaScript', async () => {
    const res = await serveAppRequest('app://ledger/assets/app.js', rendererDir);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('404s a missing asset and falls back to the shell for an extensionless route', async () => {
    expect((await serveAppRequest('app://ledger/assets/missing.js', rendererDir)).status).toBe(404);
    const route = await serveAppRequest('app://ledger/accounts', rendererDir);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Ledger');
  });

  it('refuses traversal to a real file next to the root', async () => {
    for (const url of [
      'app://ledger/../secret.txt',
      'app://ledger/%2e%2e/secret.txt',
      'app://ledger/%2e%2e%2fsecret.txt',
      'app://ledger/..%5csecret.txt',
      'app://ledger/%252e%252e%252fsecret.txt',
    ]) {
      const res = await serveAppRequest(url, rendererDir);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('do not serve');
    }
  });

  it('does not follow a symlink out of the root', async () => {
    const res = await serveAppRequest('app://ledger/assets/link.txt', rendererDir);
    expect(res.status).toBe(404);
  });

  it('does not serve a directory, and only answers GET/HEAD', async () => {
    expect((await serveAppRequest('app://ledger/assets/', rendererDir)).status).toBe(200); // extensionless → shell
    expect((await serveAppRequest('app://ledger/assets.js', rendererDir)).status).toBe(404);
    expect((await serveAppRequest('app://ledger/index.html', rendererDir, 'POST')).status).toBe(405);
    const head = await serveAppRequest('app://ledger/index.html', rendererDir, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
