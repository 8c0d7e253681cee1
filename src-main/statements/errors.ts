// One error type for every statement parser. 'unreadable' is a file problem (encoding, truncated,
// not this format: CLI exit 4); 'invalid' is bad data on some line (a bad amount or date, an
// amount beyond safe integers: exit 2). The message always names the line, and the element for
// XML, in words a user understands.
import { LedgerError } from '../../src-shared/errors';
import type { SourceRef } from './types';

export type StatementErrorKind = 'unreadable' | 'invalid';

export class StatementError extends LedgerError {
  constructor(
    readonly kind: StatementErrorKind,
    /** What is wrong, without the location. */
    readonly problem: string,
    readonly where?: SourceRef,
  ) {
    super(
      kind === 'unreadable' ? 'io' : 'validation',
      where ? `${describeWhere(where)}: ${problem}` : problem,
      kind === 'unreadable' ? 'statement_unreadable' : 'statement_invalid',
      where ? { ...where } : undefined,
    );
    this.name = 'StatementError';
  }
}

function describeWhere(where: SourceRef): string {
  return where.element ? `Line ${where.line} (${where.element})` : `Line ${where.line}`;
}

export const unreadable = (problem: string, where?: SourceRef) =>
  new StatementError('unreadable', problem, where);

export const invalid = (problem: string, where?: SourceRef) => new StatementError('invalid', problem, where);

export const isStatementError = (e: unknown): e is StatementError => e instanceof StatementError;
