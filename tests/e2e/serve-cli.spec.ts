// `npm run web`: the first line of stdout is the URL (token included); SIGTERM closes cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from '@playwright/test';

test('npm run web prints the URL first and stops cleanly on SIGTERM', async ({ request }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(join(tmpdir(), 'ledger-web-'));
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'serve', '--db', join(dir, 'l.sqlite')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const url = new URL(first);
    const token = url.searchParams.get('token')!;
    const res = await request.post(`${url.origin}/api/ledgerInfo`, {
      headers: { Authorization: `Bearer ${token}` },
      data: {},
    });
    expect(await res.json()).toMatchObject({ ok: true, value: { path: join(dir, 'l.sqlite') } });

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});

test('npm run web refuses a bad --port with usage exit code 2', async () => {
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'serve', '--port', 'abc'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain('--port');
});

test('npm run web -- --demo serves a year of demo books in two currencies from a temporary file', async ({
  request,
}) => {
  test.setTimeout(90_000);
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'serve', '--demo', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const url = new URL(first);
    const post = async (name: string) =>
      (
        await request.post(`${url.origin}/api/${name}`, {
          headers: { Authorization: `Bearer ${url.searchParams.get('token')}` },
          data: {},
        })
      ).json();
    const accounts = (await post('listAccounts')).value as Array<{ currency: string }>;
    expect(new Set(accounts.map((a) => a.currency))).toEqual(new Set(['EUR', 'USD']));
    const info = (await post('ledgerInfo')).value as { path: string; eventCount: number };
    expect(info.path).toMatch(/ledger-demo-.*demo\.ledger$/);
    expect(info.eventCount).toBeGreaterThan(150);
  } finally {
    child.kill('SIGKILL');
  }
});
