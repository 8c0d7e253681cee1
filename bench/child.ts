// Runs one benchmark case in its own process (forked by run.ts), so each case starts from a
// clean heap and its peak RSS is its own. Replies with the samples and the process's peak RSS.
import { buildBigLedger } from './fixture';
import { peakRssMb } from './lib';
import { w1App, w1Baseline } from './w1-command';
import { w2App, w2Baseline } from './w2-batch';
import { w3 } from './w3-load';
import { w4App, w4Baseline } from './w4-rebuild';
import { w5 } from './w5-timeline';
import { w6 } from './w6-asof';
import { w7 } from './w7-backup';
import { w8 } from './w8-backdate';
import { w9App, w9Baseline } from './w9-import';
import { walFrames } from './wal-frames';
import { search } from './search';
import { openTime } from './open-time';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCase = (p: any) => Record<string, number[]> | Promise<Record<string, number[]>>;

export const cases: Record<string, AnyCase> = {
  fixture: buildBigLedger,
  w1App,
  w1Baseline,
  w2App,
  w2Baseline,
  w3,
  w4App,
  w4Baseline,
  w5,
  w6,
  w7,
  w8,
  w9App,
  w9Baseline,
  walFrames,
  search,
  openTime,
};

export interface ChildRequest {
  name: string;
  params: Record<string, unknown>;
}

export type ChildReply =
  { ok: true; samples: Record<string, number[]>; peakRssMb: number } | { ok: false; error: string };

process.once('message', (msg: ChildRequest) => {
  void (async () => {
    let reply: ChildReply;
    try {
      const fn = cases[msg.name];
      if (!fn) throw new Error(`Unknown case ${msg.name}`);
      const samples = await fn(msg.params);
      reply = { ok: true, samples, peakRssMb: peakRssMb() };
    } catch (e) {
      reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    process.send!(reply, () => process.exit(0));
  })();
});
