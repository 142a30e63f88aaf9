/**
 * The figures of an outage run, as a line of docs/reliability.md. `pnpm test:reliability` sets
 * CROSSDOCK_RELIABILITY_REPORT to a file and each run appends its line there (the engineer copies
 * it into the docs with the machine it ran on); otherwise the line is printed only.
 */
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import { OUTAGE_SECONDS, ORDERS_PER_SECOND, type OutageOutcome } from './outage-run';

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');

export async function reportOutage(kind: string, outcome: OutageOutcome): Promise<void> {
  const accepted = outcome.placed.filter((p) => p.status >= 200 && p.status < 300);
  const portalDuring = outcome.placed.filter((p) => p.channel === 'portal' && p.during);
  const refusedDuring = portalDuring.filter((p) => p.status >= 500 || p.status === 0).length;
  const line =
    `| ${new Date().toISOString().slice(0, 10)} | ${kind} | ${OUTAGE_SECONDS} s | ${ORDERS_PER_SECOND}/s | ${accepted.length} | ` +
    `${portalDuring.length - refusedDuring}/${portalDuring.length} | ${outcome.waited} | ${seconds(outcome.longestWaitMs)} | ` +
    `${seconds(outcome.firstCompletionAfterRecoveryMs)} | ${seconds(outcome.drainedAfterRecoveryMs)} | ` +
    `${outcome.deadLetters} | ${outcome.missingFromErp} / ${outcome.inErpTwice} | ${outcome.activeReservationsWithoutOrder} | ` +
    `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'} |`;
  console.info(`ERP outage figures:\n${line}`);
  if (process.env.CROSSDOCK_RELIABILITY_REPORT) await appendFile(process.env.CROSSDOCK_RELIABILITY_REPORT, `${line}\n`);
}
