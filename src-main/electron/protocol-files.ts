// Serves an app:// request from the built renderer folder as a fetch Response. Electron-free
// (Response is a Node global) so the whole handler, file system included, is unit tested.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CONTENT_SECURITY_POLICY, isInside, mimeTypeFor, resolveAppPath } from './protocol-path';

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function regularFileInside(root: string, file: string): Promise<string | null> {
  try {
    // realpath: a symlink inside the folder must not lead outside it.
    const [realRoot, real] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

export async function serveAppRequest(requestUrl: string, root: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const resolved = resolveAppPath(requestUrl, root);
  if (!resolved.ok) return textResponse(resolved.status, resolved.status === 404 ? 'Not found' : 'Forbidden');

  let file = await regularFileInside(root, resolved.file);
  // A client-side route (no extension) falls back to the app shell; missing assets stay 404.
  if (!file && extname(resolved.relativePath) === '') {
    file = await regularFileInside(root, join(root, 'index.html'));
  }
  if (!file) return textResponse(404, 'Not found');

  const body = method === 'HEAD' ? null : await readFile(file);
  return new Response(body, {
    status: 200,
    headers: { ...baseHeaders, 'Content-Type': mimeTypeFor(file), 'Cache-Control': 'no-cache' },
  });
}
