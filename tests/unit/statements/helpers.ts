import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { StatementError, type StatementErrorKind } from '../../../src-main/statements/errors';

const root = resolve(import.meta.dirname, '../../fixtures/statements');

/** The bytes of a fixture under tests/fixtures/statements. */
export const fixture = (path: string): Buffer => readFileSync(resolve(root, path));

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs `fn`, expecting a StatementError of `kind` at `line` whose message matches `message`. */
export function expectRefused(
  fn: () => unknown,
  kind: StatementErrorKind,
  line: number | undefined,
  message: RegExp,
): StatementError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(StatementError);
  const err = caught as StatementError;
  expect(err.kind).toBe(kind);
  expect(err.where?.line).toBe(line);
  if (line !== undefined) expect(err.message).toMatch(new RegExp(`^Line ${line}\\b`));
  expect(err.message).toMatch(message);
  return err;
}
