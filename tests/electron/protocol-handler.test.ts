import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const electron = await import('electron');
const { handleAppProtocol, registerAppScheme } = await import('../../src-main/electron/protocol');

describe('app:// protocol registration', () => {
  const root = mkdtempSync(join(tmpdir(), 'ledger-renderer-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Ledger</title>');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('registers app as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('serves the renderer folder only, through session.protocol.handle', async () => {
    const session = electron.session.defaultSession;
    handleAppProtocol(session as never, root);
    const [scheme, handler] = vi.mocked(session.protocol.handle).mock.calls[0]! as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const ok = await handler(new Request('app://ledger/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    const evil = await handler({ url: 'app://ledger/%2e%2e/%2e%2e/etc/passwd', method: 'GET' } as Request);
    expect(evil.status).toBe(403);
  });
});
