// Human labels for event types.
import type { EventType } from '../../../src-shared/events';

const LABELS: Record<EventType, string> = {
  AccountCreated: 'Account opened',
  MoneyDeposited: 'Deposit',
  MoneyWithdrawn: 'Withdrawal',
  TransferSent: 'Transfer out',
  TransferReceived: 'Transfer in',
  AccountRenamed: 'Renamed',
  MovementCorrected: 'Correction',
  AccountClosed: 'Account closed',
};

export function eventLabel(type: EventType): string {
  return LABELS[type];
}

/** Movements the user may correct from the UI. */
export function isCorrectable(type: EventType): boolean {
  return type === 'MoneyDeposited' || type === 'MoneyWithdrawn';
}
