import { Empty, age } from '../ui/states';
import { percent } from '../ui/format';
import type { PartnerHealthReport } from '@crossdock/shared-contracts/contracts/api/process-partner-health';

/** Each partner's last document, error rate and overdue acknowledgements; a breach shows in red. */
export function PartnerHealthTable({ report }: { report: PartnerHealthReport }) {
  const breached = new Set(report.breaches.map((breach) => breach.partnerId).filter(Boolean));
  return (
    <section aria-labelledby="health-title">
      <h3 id="health-title">Partner health</h3>
      {report.partners.length === 0 ? (
        <Empty>No trading partners yet.</Empty>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>Partner</th>
              <th>Channel</th>
              <th>Last document</th>
              <th>Documents</th>
              <th>Error rate</th>
              <th>997s overdue</th>
            </tr>
          </thead>
          <tbody>
            {report.partners.map((partner) => (
              <tr key={partner.partnerId} class={breached.has(partner.partnerId) ? 'breached' : undefined}>
                <td>
                  {partner.name}
                  {!partner.active && <span class="hint"> (not live)</span>}
                </td>
                <td>{partner.channel}</td>
                <td>{partner.lastDocumentAt ? `${age(partner.lastDocumentAt)} ago` : 'never'}</td>
                <td>{partner.documents}</td>
                <td>{percent(partner.errorRate)}</td>
                <td>{partner.acknowledgementsOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
