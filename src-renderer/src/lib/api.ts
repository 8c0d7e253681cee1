// The typed client. In Electron it wraps the preload's `window.ledger`; in a browser it talks
// to the local HTTP bridge. Either way, input is parsed with the contract's schema first, so a
// bad amount is reported at once without a round trip.
import { contract, methodNames, pushSchemas } from '../../../src-shared/contract';
import type { LedgerApi, MethodName, PushName, PushPayload } from '../../../src-shared/contract';
import { formatZodError, type ErrorInfo, type Result } from '../../../src-shared/errors';

declare global {
  interface Window {
    ledger?: LedgerApi;
  }
}

type Transport = {
  call(name: MethodName, input: unknown): Promise<Result<unknown>>;
  on(name: PushName, listener: (payload: unknown) => void): () => void;
};

const TOKEN_KEY = 'ledger.token';

export function failure(error: ErrorInfo): { ok: false; error: ErrorInfo } {
  return { ok: false, error };
}

/** Wraps a transport: validates input with the contract before anything leaves the page. */
export function createClient(transport: Transport): LedgerApi {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = async (input: unknown) => {
      const parsed = contract[name].input.safeParse(input ?? {});
      if (!parsed.success) return failure({ code: 'validation', message: formatZodError(parsed.error) });
      try {
        return await transport.call(name, parsed.data);
      } catch (e) {
        return failure({ code: 'io', reason: 'unreachable', message: describe(e) });
      }
    };
  }
  api.on = <N extends PushName>(name: N, listener: (payload: PushPayload<N>) => void) =>
    transport.on(name, (payload) => {
      const parsed = pushSchemas[name].safeParse(payload);
      if (parsed.success) listener(parsed.data as PushPayload<N>);
    });
  return api as LedgerApi;
}

function describe(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return `Cannot reach the ledger: ${text}`;
}

/** Takes the token from `?token=` once, keeps it for this tab, and clears it from the address bar. */
export function takeToken(loc: Location = location, storage: Storage = sessionStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string, base = ''): Transport {
  const listeners = new Map<PushName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const deliver = (name: PushName, payload: unknown) => {
    for (const l of listeners.get(name) ?? []) l(payload);
  };

  const connect = () => {
    if (source) return;
    let dropped = false;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    // EventSource reconnects by itself; pushes sent while it was down are lost, so tell the
    // views the ledger may have changed and let them refetch.
    source.onerror = () => (dropped = true);
    source.onopen = () => {
      if (dropped) deliver('ledgerChanged', { position: 0 });
      dropped = false;
    };
    source.onmessage = (ev: MessageEvent<string>) => {
      let msg: { name: PushName; payload: unknown };
      try {
        msg = JSON.parse(ev.data) as { name: PushName; payload: unknown };
      } catch {
        return;
      }
      deliver(msg.name, msg.payload);
    };
  };

  return {
    async call(name, input) {
      const res = await fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json().catch(() => null)) as Result<unknown> | null;
      if (body && typeof body === 'object' && 'ok' in body) return body;
      return failure({ code: 'io', message: `The ledger service answered ${res.status} ${res.statusText}` });
    },
    on(name, listener) {
      connect();
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

function preloadTransport(bridge: LedgerApi): Transport {
  return {
    call: (name, input) => (bridge[name] as (i: unknown) => Promise<Result<unknown>>)(input),
    on: (name, listener) => bridge.on(name, listener as (p: PushPayload<typeof name>) => void),
  };
}

/** An api whose every call fails: shown when browser mode was opened without its token. */
function unavailableTransport(message: string): Transport {
  return {
    call: async () => failure({ code: 'io', reason: 'no_token', message }),
    on: () => () => {},
  };
}

export function createApi(): LedgerApi {
  if (window.ledger) return createClient(preloadTransport(window.ledger));
  const token = takeToken();
  if (!token) {
    return createClient(
      unavailableTransport(
        'This page needs the address printed by `npm run web` (it carries the access token).',
      ),
    );
  }
  return createClient(httpTransport(token));
}
