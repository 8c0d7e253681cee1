// A LedgerApi whose methods the test supplies; anything else answers with an error so an
// unexpected call is visible. Records every call.
import type { LedgerApi, MethodName } from '../../src-shared/contract';
import type { Result } from '../../src-shared/errors';
import { API_KEY } from '../../src-renderer/src/lib/context';

type Handler = (input: never) => Promise<Result<unknown>> | Result<unknown>;

export type FakeApi = LedgerApi & {
  calls: { name: MethodName; input: unknown }[];
  emit(name: string, payload: unknown): void;
};

export function fakeApi(handlers: Partial<Record<MethodName, Handler>> = {}): FakeApi {
  const calls: FakeApi['calls'] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const api: Record<string, unknown> = {
    calls,
    on(name: string, listener: (p: unknown) => void) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(name: string, payload: unknown) {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
  };
  return new Proxy(api, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      return async (input: unknown) => {
        calls.push({ name: prop as MethodName, input });
        const h = handlers[prop as MethodName];
        if (!h) return { ok: false, error: { code: 'internal', message: `fake: ${prop} not stubbed` } };
        return h(input as never);
      };
    },
  }) as unknown as FakeApi;
}

export function withApi(api: LedgerApi): Map<symbol, unknown> {
  return new Map<symbol, unknown>([[API_KEY, api]]);
}

export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const ACCOUNT_ID = '11111111-1111-4111-8111-111111111111';
