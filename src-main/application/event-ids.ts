import { createHash } from 'node:crypto';

/**
 * A command's i-th event id, derived from its command id: a retried command produces the same
 * ids, so even a retry that races past the command-id check is caught by the store's
 * idempotent append. Formatted as an RFC 9562 version-8 (custom) UUID.
 */
export function eventIdFor(commandId: string, index: number): string {
  const h = createHash('sha256').update(`${commandId}#${index}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A stable aggregate id for the account a command opens (so a retry opens the same one). */
export const accountIdFor = (commandId: string) => eventIdFor(commandId, -1);
/** A stable transfer id for a transfer command. */
export const transferIdFor = (commandId: string) => eventIdFor(commandId, -2);
