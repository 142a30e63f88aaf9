import { useMemo, useState } from 'preact/hooks';
import '../ui/figures.css';
import type { ViewProps } from '../views';
import { Empty, Loading, ProblemMessage, dateTime } from '../ui/states';
import { lastHours, percent, query } from '../ui/format';
import { useLoad } from '../ui/use-load';

interface Amount {
  currency: string;
  amount: string;
}

interface BusinessFigures {
  from: string;
  to: string;
  orders: number;
  byChannel: { channel: string; orders: number; unpricedOrders: number; value: Amount[] }[];
  fillRate: {
    orderedLines: number;
    linesShippedInFull: number;
    lineFillRate: number | null;
    orderedQuantity: number;
    shippedQuantity: number;
    quantityFillRate: number | null;
  };
  openBackorders: {
    orders: number;
    lines: number;
    quantity: number;
    items: { sku: string; quantity: number; orders: number }[];
  };
  topCustomers: { customerId: string; currency: string; orders: number; value: string }[];
  topItems: { sku: string; currency: string; quantity: number; orders: number; value: string }[];
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

// Amounts arrive as exact decimal strings and are shown as they are (no float arithmetic on money).
const money = (amounts: Amount[]) =>
  amounts.length === 0 ? '—' : amounts.map((each) => `${each.amount} ${each.currency}`).join(', ');

/** The business user's view: volumes and values by channel, fill rate, backorders, top customers and items. */
export function BusinessView({ api, liveTick }: ViewProps) {
  const [days, setDays] = useState(30);
  const window = useMemo(() => lastHours(days * 24), [days, liveTick]);
  const path = query(window);
  const figures = useLoad(() => api.get<BusinessFigures>(`/process/v1/business-figures${path}`), path);
  const data = figures.data;
  return (
    <main class="view business">
      <h1>Business</h1>
      <div class="filters">
        <label>
          Period
          <select value={days} onChange={(event) => setDays(Number(event.currentTarget.value))}>
            <option value={1}>Last 24 hours</option>
            <option value={7}>Last 7 days</option>
            <option value={30}>Last 30 days</option>
            <option value={365}>Last 12 months</option>
          </select>
        </label>
      </div>
      <ProblemMessage error={figures.error} />
      {figures.loading && !data && <Loading what="the business figures" />}
      {data && (
        <>
          <h2>
            {data.orders} orders, {dateTime(data.from)} – {dateTime(data.to)}
          </h2>
          <dl class="tiles">
            <div>
              <dt>Orders</dt>
              <dd data-testid="business-orders">{data.orders}</dd>
            </div>
            <div>
              <dt>Line fill rate</dt>
              <dd data-testid="line-fill-rate">{percent(data.fillRate.lineFillRate)}</dd>
              <dd class="previous">
                {data.fillRate.linesShippedInFull} of {data.fillRate.orderedLines} lines shipped in full
              </dd>
            </div>
            <div>
              <dt>Quantity fill rate</dt>
              <dd data-testid="quantity-fill-rate">{percent(data.fillRate.quantityFillRate)}</dd>
              <dd class="previous">
                {data.fillRate.shippedQuantity} of {data.fillRate.orderedQuantity} shipped
              </dd>
            </div>
            <div>
              <dt>Open backordered lines</dt>
              <dd data-testid="open-backorders">{data.openBackorders.lines}</dd>
              <dd class="previous">
                {count(data.openBackorders.orders, 'order')}, {count(data.openBackorders.quantity, 'unit')}
              </dd>
            </div>
          </dl>
          <section aria-labelledby="channels-title">
            <h3 id="channels-title">By channel</h3>
            {data.byChannel.length === 0 ? (
              <Empty>No orders in this period.</Empty>
            ) : (
              <table class="queue">
                <thead>
                  <tr>
                    <th>Channel</th>
                    <th>Orders</th>
                    <th>Not priced yet</th>
                    <th>Value before tax</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byChannel.map((row) => (
                    <tr key={row.channel}>
                      <td>{row.channel}</td>
                      <td>{row.orders}</td>
                      <td>{row.unpricedOrders}</td>
                      <td data-testid={`value-${row.channel}`}>{money(row.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <div class="side-by-side">
            <Ranking
              title="Top customers"
              column="Customer"
              rows={data.topCustomers.map((row) => ({ key: row.customerId, name: row.customerId, ...row }))}
            />
            <Ranking
              title="Top items"
              column="Item"
              rows={data.topItems.map((row) => ({ key: row.sku, name: row.sku, ...row }))}
            />
          </div>
          <section aria-label="Backordered items">
            <h3>Backordered items</h3>
            {data.openBackorders.items.length === 0 ? (
              <Empty>Nothing is backordered.</Empty>
            ) : (
              <ul class="plain">
                {data.openBackorders.items.map((item) => (
                  <li key={item.sku}>
                    {item.sku}: {count(item.quantity, 'unit')} on {count(item.orders, 'order')}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}

function Ranking(props: {
  title: string;
  column: string;
  rows: { key: string; name: string; orders: number; value: string; currency: string; quantity?: number }[];
}) {
  return (
    <section aria-label={props.title}>
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <Empty>None in this period.</Empty>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>{props.column}</th>
              <th>Orders</th>
              {props.rows[0]!.quantity !== undefined && <th>Quantity</th>}
              <th>Value</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={`${row.key}:${row.currency}`}>
                <td>{row.name}</td>
                <td>{row.orders}</td>
                {row.quantity !== undefined && <td>{row.quantity}</td>}
                <td>
                  {row.value} {row.currency}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
