export interface PageRequest {
  cursor?: string;
  limit?: number;
}

/** Who asked for a write, kept with it in the ERP's audit. */
export interface WriteActor {
  actor: string;
  correlationId: string;
}

/**
 * An entity with the version the ERP holds it at. The version becomes the HTTP ETag; a write that
 * names an older version (If-Match) is refused, so two writers never silently overwrite each other.
 */
export interface Versioned<T> {
  value: T;
  version: string;
}
