// A text field checked with the contract's own zod schema: the first issue is the message.
import type { z } from 'zod';

export function schemaProblem(schema: z.ZodType, value: string, fallback: string): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? fallback);
}
