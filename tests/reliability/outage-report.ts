/**
 * The figures of a reliability run, as a row of a table in docs/reliability.md. `pnpm test:reliability`
 * (the full form) sets CROSSDOCK_RELIABILITY_WRITE_DOCS=1 and the run writes its row there itself,
 * replacing the previous row of its kind; otherwise (the short form in the test run) the row is
 * printed only, and the repository is left as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/test-platform';
import type { Placed } from './load-kit';
import type { OrderFates } from './order-fates';
import { OUTAGE_SECONDS, ORDERS_PER_SECOND, type OutageOutcome } from './outage-run';

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a');

function rowOf(kind: string, outcome: OutageOutcome): string {
  const accepted = outcome.placed.filter((p) => p.status >= 200 && p.status < 300);
  const portalDuring = outcome.placed.filter((p) => p.channel === 'portal' && p.during);
  const portalAccepted = portalDuring.filter((p) => p.status >= 200 && p.status < 300).length;
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
    machine(),
  ].join(' | ');
}

const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}`;

export const reportOutage = (kind: string, outcome: OutageOutcome) => writeRow('outage', kind, rowOf(kind, outcome));

export interface CrashSoakFigures {
  seconds: number;
  placed: Placed[];
  kills: { tier: string; restartMs: number }[];
  fates: OrderFates;
  longestWaitMs: number;
  longestRestartMs: number;
}

export function reportCrashSoak(soak: CrashSoakFigures): Promise<void> {
  const kind = 'random tier killed every 5 s';
  const acknowledged = soak.placed.filter((p) => p.status >= 200 && p.status < 300).length;
  const byTier = Object.entries(
    soak.kills.reduce<Record<string, number>>(
      (counts, kill) => ({ ...counts, [kill.tier]: (counts[kill.tier] ?? 0) + 1 }),
      {},
    ),
  )
    .map(([tier, n]) => `${tier} ${n}`)
    .join(', ');
  const { fates } = soak;
  const row = [
    kind,
    new Date().toISOString().slice(0, 10),
    `${soak.seconds} s`,
    `${soak.placed.length} / ${acknowledged}`,
    `${soak.kills.length} (${byTier})`,
    seconds(soak.longestRestartMs),
    seconds(soak.longestWaitMs),
    `${fates.missingFromErp} / ${fates.inErpTwice}`,
    fates.activeReservationsWithoutOrder,
    machine(),
  ].join(' | ');
  return writeRow('soak', kind, row);
}

async function writeRow(table: 'outage' | 'soak', kind: string, cells: string): Promise<void> {
  const row = `| ${cells} |`;
  console.info(`Reliability figures (${table}):\n${row}`);
  if (process.env.CROSSDOCK_RELIABILITY_WRITE_DOCS !== '1') return;
  const [start, end] = [`<!-- ${table}-figures:start -->`, `<!-- ${table}-figures:end -->`];
  const file = path.join(REPO_ROOT, 'docs/reliability.md');
  const text = await readFile(file, 'utf8');
  const [before, rest] = text.split(start);
  const [rows, after] = (rest ?? '').split(end);
  if (after === undefined)
    throw new Error(`docs/reliability.md has no ${start} … ${end} table to write the figures in`);
  const kept = rows!
    .trim()
    .split('\n')
    // Prettier pads the cells: the row of a kind is told by its first cell, trimmed.
    .filter((line) => line.split('|')[1]?.trim() !== kind);
  await writeFile(file, `${before}${start}\n${[...kept, row].join('\n')}\n${end}${after}`);
}
