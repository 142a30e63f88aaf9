-- The one backoff formula, for the pipeline's job queue and the event delivery queue alike: the
-- wait in whole milliseconds before retry number retry_index (0 for the first retry), the ceiling
-- least(max_ms, base_ms * 2 ^ retry_index) of which the jitter fraction is drawn with draw (0 to 1).
-- It is backoffDelayMs of shared-contracts/src/http-client/backoff.ts written in SQL, operation for
-- operation (the same float8 arithmetic, rounded down, the doublings stopping at 52), and
-- process-apis/src/pipeline/backoff-in-sql.test.ts proves the two give the same wait, draw for draw.
-- The draw is an argument (the queues pass random()) so that the function is immutable and testable.
CREATE FUNCTION crossdock_backoff_ms(
  retry_index INTEGER,
  base_ms DOUBLE PRECISION,
  max_ms DOUBLE PRECISION,
  jitter DOUBLE PRECISION,
  draw DOUBLE PRECISION
) RETURNS DOUBLE PRECISION
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT floor(
    least(max_ms, base_ms * power(2::double precision, least(greatest(retry_index, 0), 52)::double precision))
    * (1 - jitter + jitter * draw)
  )
$$;
