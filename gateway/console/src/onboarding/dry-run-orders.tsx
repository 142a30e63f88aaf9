import type { SampleDryRunResult } from './onboarding-api';

type Problems = SampleDryRunResult['problems'];

/** An X12 or EDIFACT acknowledgement one segment a line: its terminator is ISA's 106th character, or UNA's 9th. */
function segmentLines(text: string): string {
  const terminator = text.startsWith('ISA') ? text[105] : text.startsWith('UNA') ? text[8] : undefined;
  return terminator ? text.split(terminator).join(`${terminator}\n`).trimEnd() : text;
}

function ProblemList({ problems }: { problems: Problems | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul class="problem">
      {problems.map((problem) => (
        <li key={`${problem.field}:${problem.message}`}>
          {problem.field}: {problem.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * A sample's dry run: whether it would be taken in, who it says sent it, the acknowledgement its sender
 * would get, and per order its lines or the problems met. Nothing was kept, placed or sent.
 */
export function DryRunOrders({ result }: { result: SampleDryRunResult }) {
  const { acknowledgement } = result;
  return (
    <section aria-labelledby="dry-run-title" data-testid="dry-run">
      <h2 id="dry-run-title">
        Dry run:{' '}
        {result.outcome === 'refused'
          ? 'the document would be refused'
          : `${result.orders.length} order(s) it would create`}{' '}
        — nothing placed
      </h2>
      <p data-testid="dry-run-sender">
        Sender {result.sender.found ?? '(named by the webhook)'}:{' '}
        {result.sender.matches
          ? `this partner (${result.sender.expected})`
          : `not this partner (${result.sender.expected})`}
        . Mapping {result.mapping.name} v{result.mapping.version}.
      </p>
      {result.problems.length > 0 && (
        <div role="alert" class="problem">
          <strong>The document as a whole</strong>
          <ProblemList problems={result.problems} />
        </div>
      )}
      {acknowledgement && (
        <details open data-testid="dry-run-acknowledgement">
          <summary>
            Answer: {acknowledgement.kind} {acknowledgement.verdict} — {acknowledgement.summary}
          </summary>
          {acknowledgement.text && (
            <pre class="document" tabIndex={0}>
              {segmentLines(acknowledgement.text)}
            </pre>
          )}
        </details>
      )}
      {result.orders.map((order) => (
        <article key={order.sourceOrderId} class="dry-run-order">
          <h3>
            {order.sourceOrderId}
            {order.order ? ` for ${order.order.customerId}` : ' — refused'}
          </h3>
          <ProblemList problems={order.problems} />
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
