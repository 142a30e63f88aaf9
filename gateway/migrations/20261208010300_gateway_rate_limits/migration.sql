-- Requests counted per consumer (or per user of a consumer) and rate-limit tier, shared by every gateway
-- replica. The columns are those rate-limiter-flexible's RateLimiterPostgres reads and writes: the key,
-- the requests counted in the current window, and when that window ends (milliseconds since the epoch).
create table "gateway_rate_limits" (
  "key" varchar(255) primary key not null,
  "points" integer not null default 0,
  "expire" bigint
);

-- The library deletes windows that ended an hour ago, every five minutes.
create index "gateway_rate_limits_expire_idx" on "gateway_rate_limits" ("expire");
