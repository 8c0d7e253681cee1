// The timeline's filter: from the form's fields to the query, and whether an event matches it
// (a selected event that a new filter leaves out is no longer shown in the detail pane).
import type { TimelineFilter } from '../../../src-shared/contract';
import type { EventType } from '../../../src-shared/events';

export interface FilterFields {
  accountId: string;
  eventType: '' | EventType;
  /** Local calendar days, YYYY-MM-DD, inclusive; '' for open. */
  fromDate: string;
  toDate: string;
}

/** A local calendar day to the UTC instant it starts, or the last millisecond it ends. */
function localDay(d: string, end: boolean): string | undefined {
  if (!d) return undefined;
  const [y, m, day] = d.split('-').map(Number);
  return (
    end ? new Date(y!, m! - 1, day!, 23, 59, 59, 999) : new Date(y!, m! - 1, day!, 0, 0, 0, 0)
  ).toISOString();
}

export function toFilter(f: FilterFields): TimelineFilter {
  const from = localDay(f.fromDate, false);
  const to = localDay(f.toDate, true);
  return {
    ...(f.accountId ? { accountId: f.accountId } : {}),
    ...(f.eventType ? { eventTypes: [f.eventType] } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

export function rangeProblem(f: FilterFields): string | null {
  return f.fromDate && f.toDate && f.fromDate > f.toDate ? 'The start date is after the end date' : null;
}

export interface EventFacts {
  accountId: string;
  eventType: EventType;
  timestamp: string;
}

export function matchesFilter(e: EventFacts, f: TimelineFilter): boolean {
  const t = Date.parse(e.timestamp);
  return (
    (!f.accountId || e.accountId === f.accountId) &&
    (!f.eventTypes?.length || f.eventTypes.includes(e.eventType)) &&
    (!f.from || t >= Date.parse(f.from)) &&
    (!f.to || t <= Date.parse(f.to))
  );
}
