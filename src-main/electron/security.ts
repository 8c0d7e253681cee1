// Guards for every webContents the app ever creates: no navigation away from the app, no new
// windows (https links go to the system browser), no <webview>, no permissions.
import type { App, Event, HandlerDetails, Session, Shell, WebContents } from 'electron';
import { externalUrlToOpen, isAppUrl } from './url-policy';

export type WindowOpenResponse = { action: 'deny' };

/** setWindowOpenHandler: always deny; a parsed https URL is opened in the system browser. */
export function windowOpenHandler(shell: Pick<Shell, 'openExternal'>) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenResponse => {
    const external = externalUrlToOpen(details.url);
    if (external) void shell.openExternal(external).catch(() => undefined);
    return { action: 'deny' };
  };
}

/** will-navigate / will-redirect: only the app's own pages (a reload, the dev server). */
export function navigationGuard(devServerUrl?: string) {
  return (event: Pick<Event, 'preventDefault'>, url: string): void => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
}

export function hardenWebContents(
  contents: WebContents,
  shell: Pick<Shell, 'openExternal'>,
  devServerUrl?: string,
) {
  const guard = navigationGuard(devServerUrl);
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(shell));
}

/** Deny every permission request and check (camera, notifications, clipboard-read, ...). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * No remote content: cancel every http(s)/ws(s) request except to the dev server in development.
 * The CSP already forbids them; this also covers requests the CSP does not see.
 */
export function blockRemoteRequests(session: Session, devServerUrl?: string): void {
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => callback({ cancel: !isDevServerRequest(details.url, devServerUrl) }),
  );
}

export function isDevServerRequest(url: string, devServerUrl?: string): boolean {
  if (!devServerUrl) return false;
  try {
    const u = new URL(url);
    const dev = new URL(devServerUrl);
    // Vite's HMR socket is ws:// on the same host and port as the http:// dev server.
    return (
      u.host === dev.host && (u.protocol === dev.protocol || u.protocol === 'ws:' || u.protocol === 'wss:')
    );
  } catch {
    return false;
  }
}

/** Applies the guards to every webContents, including ones created later (devtools aside). */
export function installWebContentsGuards(
  app: Pick<App, 'on'>,
  shell: Pick<Shell, 'openExternal'>,
  devServerUrl?: string,
) {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, devServerUrl));
}
