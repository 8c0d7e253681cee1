// Starts a worker thread from a built .js file, or from TypeScript source under tsx/vitest
// (tests and the CLI run the sources), where the worker needs tsx's loader registered first.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export function startWorker(workerPath: string, workerData: unknown): Worker {
  if (!workerPath.endsWith('.ts')) return new Worker(workerPath, { workerData });
  const bootstrap = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(
    pathToFileURL(workerPath).href,
  )}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
