import type {
  BusinessFigures,
  ChannelVolume,
  FillRate,
  OpenBackorders,
} from '@crossdock/shared-contracts/contracts/api/process-business-figures';
import type { ProcessDatabase } from '../database';
import { checkWindow } from '../kpis/compute-kpis';
import { CHANNEL_VOLUMES, FILL_RATE, OPEN_BACKORDERS, TOP_CUSTOMERS, TOP_ITEMS } from './business-statements';

export interface BusinessQuery {
  from: Date;
  to: Date;
  channel?: string;
}

type Sql = Pick<ProcessDatabase, 'sql'>;

interface VolumeRow {
  channel: string;
  currency: string | null;
  orders: number;
  unpriced: number;
  value: string | null;
}

interface BackorderRow {
  sku: string;
  quantity: number;
  orders: number;
  lines: number;
  allOrders: number;
}

/**
 * Order volumes and values by channel, the fill rate, open backorders and the top customers and
 * items, for the orders received in [from, to) (optionally of one channel).
 */
export async function computeBusinessFigures(db: Sql, query: BusinessQuery): Promise<BusinessFigures> {
  checkWindow(query);
  const window = [query.from.toISOString(), query.to.toISOString(), query.channel ?? null];
  const run = async <T>(name: string, text: string, values: unknown[] = window) =>
    (await db.sql.query<T & Record<string, unknown>>({ name, text, values })).rows as T[];
  const [volumes, fill, backorders, topCustomers, topItems] = await Promise.all([
    run<VolumeRow>('business-volumes', CHANNEL_VOLUMES),
    run<Omit<FillRate, 'lineFillRate' | 'quantityFillRate'>>('business-fill-rate', FILL_RATE),
    run<BackorderRow>('business-backorders', OPEN_BACKORDERS, [query.channel ?? null]),
    run<BusinessFigures['topCustomers'][number]>('business-top-customers', TOP_CUSTOMERS),
    run<BusinessFigures['topItems'][number]>('business-top-items', TOP_ITEMS),
  ]);
  const byChannel = channelVolumes(volumes);
  return {
    from: query.from.toISOString(),
    to: query.to.toISOString(),
    filters: query.channel ? { channel: query.channel } : {},
    orders: byChannel.reduce((sum, channel) => sum + channel.orders, 0),
    byChannel,
    fillRate: fillRateOf(fill[0]!),
    openBackorders: openBackordersOf(backorders),
    topCustomers,
    topItems,
  };
}

/** One entry per channel, its value per currency (an unpriced order has no currency yet). */
function channelVolumes(rows: VolumeRow[]): ChannelVolume[] {
  const channels = new Map<string, ChannelVolume>();
  for (const row of rows) {
    const channel = channels.get(row.channel) ?? { channel: row.channel, orders: 0, unpricedOrders: 0, value: [] };
    channel.orders += row.orders;
    channel.unpricedOrders += row.unpriced;
    if (row.currency !== null && row.value !== null) channel.value.push({ currency: row.currency, amount: row.value });
    channels.set(row.channel, channel);
  }
  return [...channels.values()];
}

function fillRateOf(row: Omit<FillRate, 'lineFillRate' | 'quantityFillRate'>): FillRate {
  return {
    ...row,
    lineFillRate: row.orderedLines === 0 ? null : row.linesShippedInFull / row.orderedLines,
    quantityFillRate: row.orderedQuantity === 0 ? null : row.shippedQuantity / row.orderedQuantity,
  };
}

function openBackordersOf(rows: BackorderRow[]): OpenBackorders {
  return {
    orders: rows[0]?.allOrders ?? 0,
    lines: rows.reduce((sum, row) => sum + row.lines, 0),
    quantity: rows.reduce((sum, row) => sum + row.quantity, 0),
    items: rows.slice(0, 10).map(({ sku, quantity, orders }) => ({ sku, quantity, orders })),
  };
}
