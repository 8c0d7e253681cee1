// The HTTP bridge: POST /api/<method> with a JSON body runs ledger.invoke and returns its
// envelope; GET /api/events streams push messages as Server-Sent Events.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  contract,
  MAX_STATEMENT_FILE_BYTES,
  type MethodName,
  type PushName,
} from '../../src-shared/contract';
import type { ErrorInfo } from '../../src-shared/errors';
import type { Ledger } from '../ledger';
import { COMMON_HEADERS } from './security';

export const MAX_BODY_BYTES = 1024 * 1024;
/** A statement file crosses as base64 inside the JSON body: its bound plus room for the rest. */
export const MAX_STATEMENT_BODY_BYTES = Math.ceil(MAX_STATEMENT_FILE_BYTES / 3) * 4 + 64 * 1024;

const bodyLimit = (name: MethodName) =>
  name === 'previewStatement' || name === 'commitStatement' ? MAX_STATEMENT_BODY_BYTES : MAX_BODY_BYTES;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      ...COMMON_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
    })
    .end(text);
}

export function sendError(res: ServerResponse, status: number, error: ErrorInfo): void {
  sendJson(res, status, { ok: false, error });
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Only application/json: a cross-site form can send text/plain or urlencoded without a preflight. */
function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export async function handleInvoke(
  ledger: Ledger,
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, { code: 'validation', message: 'Use POST' });
    return;
  }
  if (!isJson(req)) {
    sendError(res, 415, { code: 'validation', message: 'Content-Type must be application/json' });
    return;
  }
  if (!isMethodName(name)) {
    sendError(res, 404, { code: 'not_found', message: `Unknown method "${name}"` });
    return;
  }
  let raw: unknown;
  try {
    const text = await readBody(req, bodyLimit(name));
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      sendError(res, 413, {
        code: 'validation',
        message:
          bodyLimit(name) === MAX_BODY_BYTES
            ? 'Request body is too large'
            : `The file is larger than ${MAX_STATEMENT_FILE_BYTES / 1024 / 1024} MB; split the statement or use the CLI`,
      });
    } else {
      sendError(res, 400, { code: 'validation', message: 'Request body is not valid JSON' });
    }
    return;
  }
  const result = await ledger.invoke(name, raw);
  sendJson(res, 200, result);
}

/** One SSE stream per page; a comment every 15 s keeps proxies and idle timers from closing it. */
export function handleEvents(ledger: Ledger, req: IncomingMessage, res: ServerResponse): () => void {
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = ledger.onPush((pushName: PushName, payload: unknown) => {
    res.write(`data: ${JSON.stringify({ name: pushName, payload })}\n\n`);
  });
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', stop);
  return () => {
    stop();
    res.end();
  };
}
