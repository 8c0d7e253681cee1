import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const {
  blockRemoteRequests,
  denyAllPermissions,
  hardenWebContents,
  installWebContentsGuards,
  isDevServerRequest,
  navigationGuard,
  windowOpenHandler,
} = await import('../../src-main/electron/security');
const { externalUrlToOpen, isAppUrl } = await import('../../src-main/electron/url-policy');

const navEvent = (url: string) => ({ url, preventDefault: vi.fn() });

describe('url policy', () => {
  it('recognises only the app origin (and the dev server when given)', () => {
    expect(isAppUrl('app://ledger/index.html')).toBe(true);
    expect(isAppUrl('app://ledger/accounts?x=1')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@ledger/')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/App.svelte', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });

  it('opens only well-formed https links externally', () => {
    expect(externalUrlToOpen('https://example.com/docs?q=1')).toBe('https://example.com/docs?q=1');
    expect(externalUrlToOpen('http://example.com/')).toBeNull();
    expect(externalUrlToOpen('file:///etc/passwd')).toBeNull();
    expect(externalUrlToOpen('javascript:alert(1)')).toBeNull();
    expect(externalUrlToOpen('smb://host/share')).toBeNull();
    expect(externalUrlToOpen('https://user:pw@example.com/')).toBeNull();
    expect(externalUrlToOpen('not a url')).toBeNull();
  });
});

describe('navigation and window.open', () => {
  it('prevents navigation and redirects away from the app', () => {
    const guard = navigationGuard();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/',
      'http://localhost:5173/',
    ]) {
      const e = navEvent(url);
      guard(e, url);
      expect(e.preventDefault).toHaveBeenCalled();
    }
    const ok = navEvent('app://ledger/index.html');
    guard(ok, ok.url);
    expect(ok.preventDefault).not.toHaveBeenCalled();
  });

  it('allows the dev server origin only in development', () => {
    const e = navEvent('http://localhost:5173/');
    navigationGuard('http://localhost:5173')(e, e.url);
    expect(e.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every window.open and hands https links to the system browser', () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    const handler = windowOpenHandler(shell);
    expect(handler({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
    shell.openExternal.mockClear();
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'app://ledger/index.html',
      'javascript:1',
    ]) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('hardens a webContents: navigation, redirects, webview and window.open', () => {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenWebContents(contents as never, shell);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const e = navEvent('https://evil.example/');
      contents.emit(name, e);
      expect(e.preventDefault).toHaveBeenCalled();
      const ok = navEvent('app://ledger/');
      contents.emit(name, ok);
      expect(ok.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('guards every webContents created later', () => {
    const app = new EventEmitter();
    installWebContentsGuards(app as never, { openExternal: vi.fn(async () => undefined) });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const e = navEvent('https://evil.example/');
    contents.emit('will-navigate', e);
    expect(e.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    denyAllPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(check({}, 'media', 'app://ledger', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);
  });
});

describe('remote content', () => {
  it('cancels every http(s)/ws(s) request outside development', () => {
    const session = { webRequest: { onBeforeRequest: vi.fn() } };
    blockRemoteRequests(session as never);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0]! as unknown as [
      { urls: string[] },
      (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    for (const url of ['https://cdn.example/x.js', 'http://localhost:5173/', 'ws://evil.example/']) {
      const cb = vi.fn();
      listener({ url }, cb);
      expect(cb).toHaveBeenCalledWith({ cancel: true });
    }
  });

  it('lets the dev server (and its HMR socket) through in development only', () => {
    expect(isDevServerRequest('http://localhost:5173/src/main.ts', 'http://localhost:5173')).toBe(true);
    expect(isDevServerRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isDevServerRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isDevServerRequest('https://example.com/', 'http://localhost:5173')).toBe(false);
    expect(isDevServerRequest('http://localhost:5173/')).toBe(false);
  });
});
