// A caller may wait for an order's outcome, but not hold a connection open for long.
const MAX_WAIT_SECONDS = 30;

/** The wait asked for in `Prefer: wait=<seconds>` (RFC 7240), in milliseconds, capped; 0 when none. */
export function waitFromPrefer(prefer: string | undefined): number {
  const match = prefer?.match(/(?:^|[,;\s])wait\s*=\s*"?(\d{1,6})"?/i);
  if (!match) return 0;
  return Math.min(Number(match[1]), MAX_WAIT_SECONDS) * 1000;
}
