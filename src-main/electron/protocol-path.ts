// Maps an app:// request URL to a file under the built renderer folder. Electron-free and pure so
// the traversal rules can be tested exhaustively: the protocol handler is the only thing standing
// between renderer-controlled URLs and the file system.
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN_URL = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN_URL}/index.html`;

/** Sent with every app:// response; the renderer has no inline scripts, eval or remote origins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath =
  { ok: true; file: string; relativePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): ResolvedPath => ({ ok: false, status, reason });

/**
 * Resolve `requestUrl` (app://ledger/...) to an absolute file inside `root`.
 * Refuses (403) anything that is or looks like traversal, even when the URL parser has already
 * normalised it away: `..` / `.` segments, encoded or double-encoded separators and dots,
 * backslashes, null bytes, drive letters and absolute paths. A foreign host is a 404.
 */
export function resolveAppPath(requestUrl: string, root: string): ResolvedPath {
  if (requestUrl.includes('\0')) return refuse(403, 'null byte');
  // Look at the raw text before the URL parser resolves dot segments: a request that tried
  // to climb is refused outright rather than silently served from somewhere else.
  // WHATWG URL parsing also treats %2e as a dot, so the encoded forms are folded in first.
  const rawPath = requestUrl
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
    .replace(/[?#].*$/s, '')
    .replace(/%2e/gi, '.')
    .replace(/%2f/gi, '/')
    .replace(/%5c/gi, '\\');
  if (/(^|[/\\])\.\.?([/\\]|$)/.test(rawPath)) return refuse(403, 'dot segment');
  if (rawPath.includes('\\')) return refuse(403, 'backslash');

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'malformed url');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return refuse(403, 'foreign scheme');
  if (url.host !== APP_HOST) return refuse(404, 'unknown host');

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'bad percent-encoding');
  }
  // After one decode nothing may still look encoded (double encoding such as %252e%252e).
  if (/%[0-9a-f]{2}/i.test(decoded)) return refuse(403, 'double encoding');
  if (decoded.includes('\0')) return refuse(403, 'null byte');
  if (decoded.includes('\\')) return refuse(403, 'backslash');
  if (/(^|\/)\.\.?(\/|$)/.test(decoded)) return refuse(403, 'dot segment');
  if (/^\/*[a-z]:/i.test(decoded)) return refuse(403, 'drive letter');
  if (decoded.startsWith('//')) return refuse(403, 'absolute path');

  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  if (isAbsolute(rel)) return refuse(403, 'absolute path');
  const rootAbs = resolve(root);
  const file = resolve(rootAbs, rel);
  if (!isInside(rootAbs, file)) return refuse(403, 'outside root');
  return { ok: true, file, relativePath: rel };
}

/** True when `child` is `parent` or lies beneath it (both absolute). */
export function isInside(parent: string, child: string): boolean {
  const r = relative(parent, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}
