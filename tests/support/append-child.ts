// Child process for the crash-safety test: appends in a loop and reports each commit on stdout
// ("committed <position> <eventId>") only after the transaction has returned.
import { openStore } from '../../src-main/eventstore/sqlite/open-store';

const path = process.argv[2]!;
const { store } = openStore(path);
const streams = Array.from({ length: 5 }, (_, i) => `70000000-0000-4000-8000-00000000000${i}`);
for (const s of streams) {
  if (store.streamVersion(s) === null) {
    store.append(s, 'Account', 'no_stream', [
      {
        type: 'AccountCreated',
        data: {
          owner: `Owner ${s.slice(-1)}`,
          currency: 'EUR',
          openingBalance: { minor: 0, currency: 'EUR' },
        },
      },
    ]);
  }
}
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const s = streams[i % streams.length]!;
  // Several events per transaction, sometimes across two streams: all or none must survive.
  const r = store.appendMany([
    {
      streamId: s,
      streamType: 'Account',
      expectedVersion: 'stream_exists',
      events: [
        {
          type: 'MoneyDeposited',
          data: { amount: { minor: i + 1, currency: 'EUR' }, description: 'x'.repeat(i % 300) },
        },
        { type: 'MoneyDeposited', data: { amount: { minor: 1, currency: 'EUR' } } },
      ],
    },
    ...(i % 3 === 0
      ? [
          {
            streamId: streams[(i + 1) % streams.length]!,
            streamType: 'Account',
            expectedVersion: 'stream_exists' as const,
            events: [{ type: 'MoneyDeposited' as const, data: { amount: { minor: 2, currency: 'EUR' } } }],
          },
        ]
      : []),
  ]);
  process.stdout.write(`committed ${r.lastPosition} ${r.events[r.events.length - 1]!.eventId}\n`);
}
