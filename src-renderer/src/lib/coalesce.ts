// At most one run at a time: a call during a run asks for one more after it, and resolves once
// that one is done. Pushes come in bursts (one per committed command); a burst then costs two
// refetches, not one per push, and no answer is older than the call that asked for it.
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
