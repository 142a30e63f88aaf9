import type { Session } from '../session/session';

/** An API's refusal, as its application/problem+json says it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: { field: string; message: string }[] = [],
  ) {
    super(detail ?? title);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  put<T>(path: string, body: unknown, headers?: Record<string, string>): Promise<T>;
  /** The raw text of an answer (a document as it arrived). */
  text(path: string): Promise<string>;
  /** A GET answered with its ETag, for a change sent back with If-Match. */
  getVersioned<T>(path: string): Promise<{ body: T; etag: string | undefined }>;
}

/** Calls the gateway with the session's token; a 401 signs the user out through `onUnauthenticated`. */
export function createApi(session: Session, onUnauthenticated: () => void): Api {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(path, {
      method,
      headers: {
        Authorization: `Bearer ${session.token}`,
        Accept: 'application/json, application/problem+json, */*',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) onUnauthenticated();
    if (!response.ok) throw await problemOf(response);
    return response;
  }
  const json = async <T>(response: Response) => (response.status === 204 ? undefined : await response.json()) as T;
  return {
    get: async (path) => json(await call('GET', path)),
    post: async (path, body, headers) => json(await call('POST', path, body ?? {}, headers)),
    put: async (path, body, headers) => json(await call('PUT', path, body, headers)),
    text: async (path) => (await call('GET', path)).text(),
    getVersioned: async <T>(path: string) => {
      const response = await call('GET', path);
      return { body: await json<T>(response), etag: response.headers.get('ETag') ?? undefined };
    },
  };
}

export async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const problem = (await response.json()) as { title?: string; detail?: string; errors?: ApiProblem['errors'] };
      return new ApiProblem(response.status, problem.title ?? response.statusText, problem.detail, problem.errors);
    } catch {
      // An unreadable body: say what the status says.
    }
  }
  return new ApiProblem(response.status, response.statusText || `HTTP ${response.status}`, undefined);
}

/** A cursor-paginated list, as every list API answers (shared-contracts' Page, which needs Node's Buffer to build). */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
