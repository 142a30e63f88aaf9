/**
 * Every scope the platform defines. A route in gateway.yaml names the scope it needs for reads and
 * for writes; `crossdock token --scopes all` grants all of these.
 */
export const ALL_SCOPES = [
  'system:read',
  'system:write',
  'process:read',
  'process:write',
  'portal:read',
  'portal:write',
  'mobile:read',
  'mobile:write',
  'marketplace:read',
  'marketplace:write',
  // The integration KPIs (operations managers) and the business figures (business users).
  'ops:read',
  'business:read',
] as const;

export type Scope = (typeof ALL_SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (ALL_SCOPES as readonly string[]).includes(value);
}
