// Forwards the ledger's push messages to the window (ledger:push:<name>). Messages for a closed
// window are dropped: the renderer refetches everything when it loads.
import type { WebContents } from 'electron';
import { pushNames, type PushName, type PushPayload } from '../../src-shared/contract';
import type { Ledger } from '../ledger';
import { pushChannel } from './channels';

export type PushObserver = <N extends PushName>(name: N, payload: PushPayload<N>) => void;

export function sendPush<N extends PushName>(
  contents: WebContents | null,
  name: N,
  payload: PushPayload<N>,
): void {
  if (!contents || contents.isDestroyed()) return;
  if (!pushNames.includes(name)) return;
  contents.send(pushChannel(name), payload);
}

export function forwardPushes(
  ledger: Pick<Ledger, 'onPush'>,
  getContents: () => WebContents | null,
  observe?: PushObserver,
): () => void {
  return ledger.onPush((name, payload) => {
    observe?.(name, payload);
    sendPush(getContents(), name, payload);
  });
}
