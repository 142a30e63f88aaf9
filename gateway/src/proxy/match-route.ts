import type { GatewayRoute } from '../config/gateway-config';

/** The route with the longest prefix that the path falls under (on a segment boundary). */
export function matchRoute(routes: GatewayRoute[], path: string): GatewayRoute | undefined {
  let best: GatewayRoute | undefined;
  for (const route of routes) {
    const under = path === route.prefix || path.startsWith(`${route.prefix}/`);
    if (under && (!best || route.prefix.length > best.prefix.length)) best = route;
  }
  return best;
}
