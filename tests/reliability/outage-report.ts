/**
 * The figures of an outage run, as a row of the table in docs/reliability.md. `pnpm test:reliability`
 * (the full form) sets CROSSDOCK_RELIABILITY_WRITE_DOCS=1 and the run writes its row there itself,
 * replacing the previous row of its kind; otherwise (the short form in the test run) the row is
 * printed only, and the repository is left as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/test-platform';
import { OUTAGE_SECONDS, ORDERS_PER_SECOND, type OutageOutcome } from './outage-run';

const START = '<!-- outage-figures:start -->';
const END = '<!-- outage-figures:end -->';

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');

function rowOf(kind: string, outcome: OutageOutcome): string {
  const accepted = outcome.placed.filter((p) => p.status >= 200 && p.status < 300);
  const portalDuring = outcome.placed.filter((p) => p.channel === 'portal' && p.during);
  const portalAccepted = portalDuring.filter((p) => p.status >= 200 && p.status < 300).length;
  const cpu = os.cpus();
  return [
    kind,
    new Date().toISOString().slice(0, 10),
    `${OUTAGE_SECONDS} s`,
    `${ORDERS_PER_SECOND}/s`,
    accepted.length,
    `${portalAccepted}/${portalDuring.length}`,
    outcome.waited,
    seconds(outcome.longestWaitMs),
    seconds(outcome.firstCompletionAfterRecoveryMs),
    seconds(outcome.drainedAfterRecoveryMs),
    outcome.deadLetters,
    `${outcome.missingFromErp} / ${outcome.inErpTwice}`,
    outcome.activeReservationsWithoutOrder,
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}`,
  ].join(' | ');
}

export async function reportOutage(kind: string, outcome: OutageOutcome): Promise<void> {
  const row = `| ${rowOf(kind, outcome)} |`;
  console.info(`ERP outage figures:\n${row}`);
  if (process.env.CROSSDOCK_RELIABILITY_WRITE_DOCS !== '1') return;
  const file = path.join(REPO_ROOT, 'docs/reliability.md');
  const text = await readFile(file, 'utf8');
  const [before, rest] = text.split(START);
  const [table, after] = (rest ?? '').split(END);
  if (!after) throw new Error(`docs/reliability.md has no ${START} … ${END} table to write the figures in`);
  const rows = table!
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith(`| ${kind} |`));
  await writeFile(file, `${before}${START}\n${[...rows, row].join('\n')}\n${END}${after}`);
}
