import { describe, expect, it } from 'vitest';
import type { GatewayRoute } from '../config/gateway-config';
import { matchRoute } from './match-route';

function route(prefix: string, upstream: GatewayRoute['upstream']): GatewayRoute {
  return { prefix, upstream, authentication: 'token', scopes: { read: 'system:read', write: 'system:write' } };
}

const system = route('/system/v1', 'system');
const experience = route('/experience', 'experience');
const portal = route('/experience/portal/v1', 'experience');
// The broad route is listed last on purpose: order in gateway.yaml must not decide.
const ROUTES = [system, portal, experience];

describe('matchRoute', () => {
  it('matches a path under a prefix, and the prefix itself', () => {
    expect(matchRoute(ROUTES, '/system/v1/customers/C-1001')).toBe(system);
    expect(matchRoute(ROUTES, '/system/v1')).toBe(system);
  });

  it('picks the longest matching prefix, wherever it is listed', () => {
    expect(matchRoute(ROUTES, '/experience/portal/v1/orders')).toBe(portal);
    expect(matchRoute([experience, portal], '/experience/portal/v1/orders')).toBe(portal);
    expect(matchRoute([portal, experience], '/experience/portal/v1/orders')).toBe(portal);
  });

  it('falls back to a shorter prefix when the longer one does not match', () => {
    expect(matchRoute(ROUTES, '/experience/mobile/v1/orders')).toBe(experience);
  });

  it('matches only on a segment boundary: /system/v10 is not under /system/v1', () => {
    expect(matchRoute(ROUTES, '/system/v10/customers')).toBeUndefined();
    expect(matchRoute(ROUTES, '/system/v10')).toBeUndefined();
    expect(matchRoute(ROUTES, '/experience/portal/v12/orders')).toBe(experience);
  });

  it('answers undefined when no prefix matches', () => {
    expect(matchRoute(ROUTES, '/process/v1/orders')).toBeUndefined();
    expect(matchRoute(ROUTES, '/')).toBeUndefined();
    expect(matchRoute([], '/system/v1/customers')).toBeUndefined();
  });
});
