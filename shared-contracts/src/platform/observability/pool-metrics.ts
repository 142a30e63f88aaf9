import { Gauge } from 'prom-client';
import type { SqlPool } from '../database/sql';
import type { ServiceMetrics } from './metrics-registry';

/**
 * Reports the service's connection pool at every scrape: connections open (`total`), of those
 * `idle`, and queries `waiting` for one. Waiting above zero for long means the pool is the
 * bottleneck. One pool per service (each tier has one database).
 */
export function watchSqlPool(metrics: ServiceMetrics, pool: SqlPool, database: string): void {
  new Gauge({
    name: 'crossdock_db_pool_connections',
    help: 'Database pool connections by state (total open, idle) and queries waiting for a connection.',
    labelNames: ['database', 'state'] as const,
    registers: [metrics.registry],
    collect() {
      this.set({ database, state: 'total' }, pool.totalCount);
      this.set({ database, state: 'idle' }, pool.idleCount);
      this.set({ database, state: 'waiting' }, pool.waitingCount);
    },
  });
}
