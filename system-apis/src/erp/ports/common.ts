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

/**
 * One item of a batch an adapter did natively: its value, or the error the single call would have
 * thrown for it. An adapter throws (rather than answering errors) when the whole batch could not run.
 */
export type ItemOutcome<T> = { value: T; error?: undefined } | { value?: undefined; error: unknown };

/** One write of a batch, with who asked for it. */
export interface BatchWrite<R> {
  request: R;
  by: WriteActor;
}
