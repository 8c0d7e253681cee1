// The ids of a command's events, derived from its command id (see application/event-ids.ts).
// The SQLite store knows the derivation too: an event whose id is derived this way needs no
// entry in the command-id index, because its command finds it through the event-id index.
import { createHash } from 'node:crypto';

/** A command's i-th event id: an RFC 9562 version-8 (custom) UUID from sha256(`${commandId}#${i}`). */
export function commandEventId(commandId: string, index: number): string {
  const h = createHash('sha256').update(`${commandId}#${index}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
