/**
 * Merges the three tiers' OpenAPI documents into the one the gateway publishes: every path keeps
 * its full prefix (each tier's document already uses `/system/v1/...`-style paths), and schemas
 * are kept under their names; two tiers defining one name differently is an error, not a silent pick,
 * and so is one operationId in two tiers (a generated client names its functions after them).
 */
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  servers?: { url: string }[];
  paths: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; [key: string]: unknown };
  tags?: { name: string }[];
  security?: unknown[];
  [key: string]: unknown;
}

export function mergeOpenApi(
  documents: { basePath: string; document: OpenApiDocument }[],
  version: string,
): OpenApiDocument {
  const merged: OpenApiDocument = {
    openapi: '3.0.0',
    info: {
      title: 'Crossdock',
      version,
      description:
        'All Crossdock APIs behind the gateway: system (ERP entities), process (order-to-cash) and experience (portal, mobile, marketplace). Every call needs credentials with the scope its route names in gateway.yaml: a bearer token, or a marketplace partner’s API key.',
      contact: { name: 'Crossdock maintainers' },
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/' }],
    paths: {},
    components: { schemas: {}, securitySchemes: {} },
    security: [{ bearer: [] }],
  };
  const operationIds = new Map<string, string>();
  for (const { basePath, document } of documents) {
    for (const [path, item] of Object.entries(document.paths)) {
      merged.paths[`${basePath}${path}`] = item;
      for (const operation of Object.values(item as Record<string, { operationId?: string }>)) {
        const id = operation.operationId;
        if (id && operationIds.has(id))
          throw new Error(
            `The operationId "${id}" is used by ${operationIds.get(id)} and ${basePath}${path}; operationIds must be unique.`,
          );
        if (id) operationIds.set(id, `${basePath}${path}`);
      }
    }
    mergeNamed(merged.components!.schemas!, document.components?.schemas ?? {}, 'schema');
    mergeNamed(merged.components!.securitySchemes!, document.components?.securitySchemes ?? {}, 'security scheme');
  }
  return merged;
}

function mergeNamed(into: Record<string, unknown>, from: Record<string, unknown>, what: string): void {
  for (const [name, value] of Object.entries(from)) {
    if (name in into && JSON.stringify(into[name]) !== JSON.stringify(value)) {
      throw new Error(`Two tiers define the ${what} "${name}" differently; rename one of them.`);
    }
    into[name] = value;
  }
}
