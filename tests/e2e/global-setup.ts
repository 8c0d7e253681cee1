// `npm test` builds first; this only builds the renderer when run on its own without a build.
import { ensureRendererBuilt } from '../../src-main/web/build-renderer';

export default async function globalSetup(): Promise<void> {
  await ensureRendererBuilt();
}
