// Browser mode: the renderer and the HTTP bridge on 127.0.0.1 only, guarded by a per-launch
// token and a Host check. Tests start it in-process; serve.ts is the command-line wrapper.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDemoLedgerFile } from '../demo-ledger-file';
import { openLedger, type Ledger, type LedgerOptions } from '../ledger';
import { handleEvents, handleInvoke, sendError } from './api';
import { hostAllowed, newToken, originAllowed, requestToken, tokensEqual } from './security';
import { serveStatic } from './static';

export interface WebServerOptions {
  dbPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  staticDir: string;
  appVersion?: string;
  rebuildWorkerPath?: string;
  /** The background full verification (`npm run web` turns it on; tests leave it off). */
  autoVerify?: boolean;
}

export interface WebServer {
  /** The URL to open, token included. */
  url: string;
  origin: string;
  token: string;
  port: number;
  /** The ledger served now (the demo replaces it when the page asks for one). */
  readonly ledger: Ledger;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const ledgerOptions: LedgerOptions = {
    // Browser mode is the development and test face of the app: answers are checked against the
    // contract before they are sent (a production bundle sets NODE_ENV=production).
    checkOutputs: process.env.NODE_ENV !== 'production',
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    ...(options.rebuildWorkerPath ? { rebuildWorkerPath: options.rebuildWorkerPath } : {}),
    ...(options.autoVerify ? { autoVerify: true } : {}),
    host: { openDemoLedger: () => switchToDemo() },
  };
  let ledger: Ledger = openLedger(options.dbPath, { ...ledgerOptions, create: true });
  const token = newToken();
  const streams = new Set<() => void>();
  let port = 0;

  /**
   * The demo opens before the current ledger closes (a failure leaves it served); open event
   * streams end, so each page reconnects to the new ledger when it reloads.
   */
  const switchToDemo = async (): Promise<{ path: string }> => {
    const next = await openDemoLedgerFile(ledgerOptions);
    const previous = ledger;
    ledger = next;
    for (const stop of streams) stop();
    streams.clear();
    // After this answer has gone out through the previous ledger's invoke.
    setImmediate(
      () => void previous.close().catch((e: unknown) => console.error('Closing the ledger failed', e)),
    );
    return { path: next.path };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, port) || !originAllowed(req, port)) {
      sendError(res, 403, { code: 'validation', message: 'Forbidden host or origin' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const isEvents = url.pathname === '/api/events';
      const given = requestToken(req, url, isEvents);
      if (given === null || !tokensEqual(given, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendError(res, 401, {
          code: 'validation',
          reason: 'unauthorized',
          message: 'Missing or wrong token',
        });
        return;
      }
      if (isEvents) {
        if (req.method !== 'GET') {
          sendError(res, 405, { code: 'validation', message: 'Use GET' });
          return;
        }
        const stop = handleEvents(ledger, req, res);
        streams.add(stop);
        req.on('close', () => streams.delete(stop));
        return;
      }
      await handleInvoke(ledger, req, res, url.pathname.slice('/api/'.length));
      return;
    }
    await serveStatic(options.staticDir, req, res, url.pathname);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        sendError(res, 500, { code: 'internal', message: e instanceof Error ? e.message : String(e) });
      } else {
        res.destroy();
      }
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (e) {
    await ledger.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closed = false;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    get ledger() {
      return ledger;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const stop of streams) stop();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ledger.close();
    },
  };
}
