import type { DryRunResult } from './onboarding-api';

/** What the mapping version makes of the sample: per order, its lines or the problems met. Nothing was placed. */
export function DryRunOrders({ result }: { result: DryRunResult }) {
  return (
    <section aria-labelledby="dry-run-title" data-testid="dry-run">
      <h2 id="dry-run-title">Dry run: {result.orders.length} order(s) it would create — nothing placed</h2>
      {result.orders.map((order) => (
        <article key={order.sourceOrderId} class="dry-run-order">
          <h3>
            {order.sourceOrderId}
            {order.order ? ` for ${order.order.customerId}` : ''}
          </h3>
          {order.problems && order.problems.length > 0 && (
            <ul class="problem">
              {order.problems.map((problem) => (
                <li key={`${problem.field}:${problem.message}`}>
                  {problem.field}: {problem.message}
                </li>
              ))}
            </ul>
          )}
          {order.order && (
            <table class="queue">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>SKU</th>
                  <th>Quantity</th>
                </tr>
              </thead>
              <tbody>
                {order.order.lines.map((line) => (
                  <tr key={line.lineNumber}>
                    <td>{line.lineNumber}</td>
                    <td>{line.sku}</td>
                    <td>
                      {line.quantity} {line.uom ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </article>
      ))}
    </section>
  );
}
