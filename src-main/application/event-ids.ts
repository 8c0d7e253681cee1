import { commandEventId } from '../eventstore/command-event-ids';

/**
 * A command's i-th event id, derived from its command id: a retried command produces the same
 * ids, so even a retry that races past the command-id check is caught by the store's
 * idempotent append. Formatted as an RFC 9562 version-8 (custom) UUID.
 */
export const eventIdFor: (commandId: string, index: number) => string = commandEventId;

/** A stable aggregate id for the account a command opens (so a retry opens the same one). */
export const accountIdFor = (commandId: string) => eventIdFor(commandId, -1);
/** A stable transfer id for a transfer command. */
export const transferIdFor = (commandId: string) => eventIdFor(commandId, -2);
