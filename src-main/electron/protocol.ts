// The app:// scheme: registered as privileged before `ready` (standard + secure, so the renderer
// gets a real origin, a secure context and working ES modules), then served from out/renderer only.
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './protocol-path';
import { serveAppRequest } from './protocol-files';

/** Must run before app `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // corsEnabled: Vite emits <script type=module crossorigin>, a CORS-mode fetch even on the same origin.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

export function handleAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(request.url, rendererRoot, request.method),
  );
}
