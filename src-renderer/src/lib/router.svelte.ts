// Hash routes: they survive a reload, work under Electron's app:// scheme and over HTTP alike.
export type Route =
  | { name: 'accounts' }
  | { name: 'account'; accountId: string }
  | { name: 'timeline' }
  | { name: 'asof' }
  | { name: 'rebuild' }
  | { name: 'backups' }
  | { name: 'search' }
  | { name: 'reports' }
  | { name: 'categories' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  switch (parts[0]) {
    case 'account':
      return parts[1] ? { name: 'account', accountId: parts[1] } : { name: 'accounts' };
    case 'timeline':
    case 'asof':
    case 'rebuild':
    case 'backups':
    case 'search':
    case 'reports':
    case 'categories':
      return { name: parts[0] };
    default:
      return { name: 'accounts' };
  }
}

export function href(route: Route): string {
  return route.name === 'account' ? `#/account/${route.accountId}` : `#/${route.name}`;
}

class Router {
  route = $state<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => (this.route = parseRoute(location.hash)));
    }
  }

  go(route: Route): void {
    location.hash = href(route);
    this.route = route;
  }
}

export const router = new Router();
