import { LedgerError } from '../../src-shared/errors';
import { toDecimalString, type Money } from '../../src-shared/money';

/** A refusal by a business rule: the user can act on the message. */
export const domainError = (reason: string, message: string, details?: Record<string, unknown>) =>
  new LedgerError('domain', message, reason, details);

/** "12.00 EUR": exact, for messages. */
export const show = (m: Money) => `${toDecimalString(m)} ${m.currency}`;
