// Executes a command: load → decide → append + project in one unit of work → notify. A command id
// that was applied before returns the first result again and writes nothing; a concurrency
// conflict is retried a bounded number of times by reloading and deciding again.
import type { CommandName, CommandResult } from '../../src-shared/contract';
import { LedgerError } from '../../src-shared/errors';
import { EventDataSchemas, type StoredEvent } from '../../src-shared/events';
import type { AccountRepository } from '../domain/account-repository';
import type { EventStore } from '../eventstore/types';
import type { ProjectionEngine } from '../projections/types';
import type { Command } from './commands';
import { categoriesBatch, loadCategories } from '../domain/categories-repository';
import type { Categories } from '../domain/categories';
import { canonicalJson } from '../eventstore/encoding';
import { eventIdFor } from './event-ids';
import { createHash } from 'node:crypto';

/** Retries of a command whose expected version lost a race with another writer. */
export const CONFLICT_RETRIES = 3;

export interface ExecuteDeps {
  store: EventStore;
  projections: ProjectionEngine;
  repo: AccountRepository;
  appVersion: string;
  today: () => string;
}

export interface Executed<E> {
  output: E & CommandResult;
  /** The events this call appended (none for a repeated command id). */
  events: StoredEvent[];
}

export function executeCommand<I extends { commandId: string }, E>(
  deps: ExecuteDeps,
  name: CommandName,
  command: Command<I, E>,
  input: I,
  /** Added to every event's metadata (e.g. the import batch id). */
  extraMetadata: {
    importBatchId?: string;
    statementAccount?: string;
    importFile?: string;
    importFormat?: string;
    correlationId?: string;
    ruleBatchId?: string;
  } = {},
): Executed<E> {
  const { store, projections, repo } = deps;
  const inputDigest = digestOf(input);
  const metadata = {
    commandId: input.commandId,
    commandName: name,
    inputDigest,
    correlationId: input.commandId,
    appVersion: deps.appVersion,
    ...extraMetadata,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return store.transaction((): Executed<E> => {
        const prior = store.findByCommandId(input.commandId);
        if (prior.length > 0) {
          assertSameCommand(prior, input.commandId, name, inputDigest);
          return { output: resultOf(command, prior, true), events: [] };
        }
        // The tree is loaded once per decision, when a command first needs it.
        let tree: Categories | undefined;
        const categories = () => (tree ??= loadCategories(store));
        const touched = command.decide(input, { repo, store, today: deps.today, categories });
        let i = 0;
        const toNew = (e: { type: keyof typeof EventDataSchemas; data: unknown }) => ({
          eventId: eventIdFor(input.commandId, i++),
          type: e.type,
          // Validated against the event's schema: a bug in a decider must not reach the log.
          data: EventDataSchemas[e.type].parse(e.data) as object,
          metadata,
        });
        const batches = touched
          .filter((l) => ('account' in l ? l.account : l.categories).changes.length > 0)
          .map((l) => ('account' in l ? repo.batch(l.account, toNew) : categoriesBatch(l.categories, toNew)));
        const r = store.appendMany(batches);
        // A duplicate append (same event ids, stored before) was projected when it was new.
        if (r.duplicate) {
          assertSameCommand(r.events, input.commandId, name, inputDigest);
          return { output: resultOf(command, r.events, true), events: [] };
        }
        projections.apply(r.events);
        for (const l of touched) {
          if (!('account' in l)) continue;
          const v = r.streamVersions[l.account.id] ?? 0;
          const last = r.events.find((e) => e.aggregateId === l.account.id && e.version === v);
          repo.maybeSnapshot(l, v, last?.hash);
        }
        return { output: resultOf(command, r.events, false), events: r.events };
      });
    } catch (e) {
      // Another writer won the race: reload and decide again, a bounded number of times.
      const conflict = e instanceof LedgerError && e.reason === 'wrong_expected_version';
      if (!conflict || attempt >= CONFLICT_RETRIES) throw e;
    }
  }
}

function resultOf<E>(command: Command<never, E>, events: readonly StoredEvent[], duplicate: boolean) {
  return { ...command.result(events), position: events[events.length - 1]!.position, duplicate };
}

/** sha256 of the input's canonical JSON without its command id: what "the same command" means. */
export function digestOf(input: { commandId: string }): string {
  const { commandId: _omit, ...rest } = input;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/**
 * A command id means one command: a retry must be the same command with the same input. Events
 * written before digests were recorded are matched by the command name alone.
 */
function assertSameCommand(
  prior: readonly StoredEvent[],
  commandId: string,
  name: CommandName,
  inputDigest: string,
): void {
  const m = prior[0]!.metadata;
  const sameName = m.commandName === undefined || m.commandName === name;
  const sameInput = m.inputDigest === undefined || m.inputDigest === inputDigest;
  if (sameName && sameInput) return;
  throw new LedgerError(
    'conflict',
    `The command id ${commandId} was already used for another command; nothing was written`,
    'command_id_reused',
  );
}
