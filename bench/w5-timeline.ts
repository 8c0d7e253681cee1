// W5 timeline: ReadModel.timeline (what the timeline handler calls), 100 entries a page, newest
// first: page 1 and page 10,000 of the whole log (the keyset cursor of page k is computed
// directly: every event has a timeline row, positions are gap-free), and with an account
// filter page 1 and the account's last page (cursors found by walking, untimed). Only the
// query of the page is timed (median of many calls).
import { openStore } from '../src-main/eventstore/sqlite/open-store';
import { SqliteReadModel } from '../src-main/projections/sqlite/queries';
import { accountId, timeCalls } from './lib';

const PAGE = 100;

export function w5(p: { fixture: string; deepPage: number; calls: number }): Record<string, number[]> {
  const { db, store } = openStore(p.fixture, { create: false });
  try {
    const read = new SqliteReadModel(db, store);
    const head = store.headPosition();
    const page = Math.min(p.deepPage, Math.floor(head / PAGE));
    const before = head + 1 - PAGE * (page - 1);
    const deep = read.timeline({ before, limit: PAGE });
    if (deep.items[0]?.position !== before - 1 || deep.items.length !== PAGE)
      throw new Error(`W5: page ${page} starts at ${deep.items[0]?.position}, expected ${before - 1}`);
    const first = timeCalls(() => read.timeline({ limit: PAGE }), p.calls);
    const deepMs = timeCalls(() => read.timeline({ before, limit: PAGE }), p.calls);

    const acc = accountId(500);
    let cursor: number | undefined;
    let pages = 0;
    for (;;) {
      const r = read.timeline({
        accountId: acc,
        limit: PAGE,
        ...(cursor !== undefined ? { before: cursor } : {}),
      });
      pages++;
      if (r.nextBefore === null) break;
      cursor = r.nextBefore;
    }
    const accFirst = timeCalls(() => read.timeline({ accountId: acc, limit: PAGE }), p.calls);
    const accLast = timeCalls(
      () =>
        read.timeline({ accountId: acc, limit: PAGE, ...(cursor !== undefined ? { before: cursor } : {}) }),
      p.calls,
    );
    // By value date (the order people read): page 1 and page `page`, the keyset cursor of the
    // deep page found by walking (untimed).
    let dateCursor: { position: number; valueDate?: string } | undefined;
    for (let k = 1; k < page; k++) {
      const r = read.timeline({ order: 'date', limit: PAGE, ...(dateCursor ? { cursor: dateCursor } : {}) });
      if (!r.next) break;
      dateCursor = r.next;
    }
    const datePage1 = timeCalls(() => read.timeline({ order: 'date', limit: PAGE }), p.calls);
    const dateDeep = timeCalls(
      () => read.timeline({ order: 'date', limit: PAGE, ...(dateCursor ? { cursor: dateCursor } : {}) }),
      p.calls,
    );
    return {
      datePage1: [datePage1],
      dateDeep: [dateDeep],
      page1: [first],
      deep: [deepMs],
      deepPage: [page],
      accPage1: [accFirst],
      accLast: [accLast],
      accPages: [pages],
    };
  } finally {
    db.close();
  }
}
