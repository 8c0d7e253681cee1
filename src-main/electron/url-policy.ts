// Which URLs belong to the app and which may leave it. Electron-free: navigation guards, the IPC
// sender check and window.open all ask these two questions.
import { APP_HOST, APP_SCHEME } from './protocol-path';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for the app's own pages: app://ledger/... or, in development, the electron-vite dev
 * server's origin. Compared by scheme and host because WHATWG gives non-special schemes such
 * as app: an opaque origin ("null").
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && u.username === '' && u.password === '';
  if (devServerUrl) {
    const dev = parse(devServerUrl);
    return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin;
  }
  return false;
}

/** The normalised https URL to hand to the system browser, or null when it must not be opened. */
export function externalUrlToOpen(url: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.hostname === '') return null;
  // Credentials in a link are a phishing trick, never something the ledger links to.
  if (u.username !== '' || u.password !== '') return null;
  return u.href;
}
