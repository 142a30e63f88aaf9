import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Started as root, the embedded PostgreSQL runs as a `postgres` system user, which must be able to
 * pass through every directory above its programs and its data. A checkout under a private
 * directory (`mktemp -d` makes them 0700) would otherwise fail deep inside the package with a bare
 * `spawn ... EACCES`. Answers the first directory above `target` (itself excluded: the data directory
 * is handed to the `postgres` user) that others may not pass through.
 */
export function directoryPostgresCannotPass(target: string): string | undefined {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const mode = statSync(dir, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined && (mode & 0o001) === 0) return dir;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** Refuses to start, saying what to change, when the `postgres` user could not reach `targets`. */
export function requireReachableByPostgres(targets: readonly string[]): void {
  for (const target of targets) {
    const blocked = directoryPostgresCannotPass(target);
    if (blocked) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${blocked} (on the way to ${target}). ` +
          `Let others pass through it (chmod o+x ${blocked}), or clone and run Crossdock somewhere they can, or not as root.`,
      );
    }
  }
}
