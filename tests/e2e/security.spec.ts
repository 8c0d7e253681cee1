// Browser mode must not let another local process or web page act on the ledger.
import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

type Raw = { status: number; body: string };

/** A raw request: lets us send any Host header and an un-normalised path. */
function raw(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<Raw>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const json = { 'Content-Type': 'application/json' };

test('the API needs the token', async ({ server }) => {
  const none = await raw(server.port, '/api/listAccounts', { method: 'POST', headers: json, body: '{}' });
  expect(none.status).toBe(401);
  const wrong = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...json, Authorization: 'Bearer not-the-token' },
    body: '{}',
  });
  expect(wrong.status).toBe(401);
  const events = await raw(server.port, '/api/events?token=nope', {});
  expect(events.status).toBe(401);
  const ok = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...json, Authorization: `Bearer ${server.token}` },
    body: '{}',
  });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
});

test('a foreign Host or Origin is refused (DNS rebinding, cross-site pages)', async ({ server }) => {
  const auth = { ...json, Authorization: `Bearer ${server.token}` };
  const host = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...auth, Host: `evil.example:${server.port}` },
    body: '{}',
  });
  expect(host.status).toBe(403);
  const page = await raw(server.port, '/', { headers: { Host: 'evil.example' } });
  expect(page.status).toBe(403);
  const origin = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...auth, Origin: 'http://evil.example' },
    body: '{}',
  });
  expect(origin.status).toBe(403);
});

test('only JSON posts are accepted, and unknown methods are 404 envelopes', async ({ server }) => {
  const auth = { Authorization: `Bearer ${server.token}` };
  const text = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'text/plain' },
    body: '{}',
  });
  expect(text.status).toBe(415);
  const form = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'a=b',
  });
  expect(form.status).toBe(415);
  const unknown = await raw(server.port, '/api/dropTables', {
    method: 'POST',
    headers: { ...auth, ...json },
    body: '{}',
  });
  expect(unknown.status).toBe(404);
  expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  const big = await raw(server.port, '/api/listAccounts', {
    method: 'POST',
    headers: { ...auth, ...json },
    body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }),
  });
  expect(big.status).toBe(413);
});

test('static files cannot escape the renderer folder', async ({ server }) => {
  for (const path of [
    '/..%2f..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%2f..%2f..%2fpackage.json',
  ]) {
    const res = await raw(server.port, path, {});
    expect([403, 404], path).toContain(res.status);
    expect(res.body).not.toContain('ledger-desktop');
  }
});

test('the page is served with a strict CSP and nosniff', async ({ server, request }) => {
  const res = await request.get(`${server.origin}/`);
  expect(res.status()).toBe(200);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
});

test('the token leaves the address bar once the page has it', async ({ app: page }) => {
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
  await expect(page.getByText('No accounts yet — open your first account.')).toBeVisible();
});
