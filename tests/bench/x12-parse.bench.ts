/**
 * Benchmark of reading inbound X12: how many interchanges, purchase orders and megabytes a second one
 * core reads into order drafts and answers with a 997 (readInboundInterchange + write997, exactly what
 * POST /process/v1/inbound/x12 does before it touches the database). Three shapes of traffic: a single
 * small 850, a retailer's drop (100 purchase orders of 20 lines in one interchange), and a large drop
 * (1,000 purchase orders of 20 lines). No platform, no database: this is the reader's own ceiling.
 *
 *   npx -y pnpm@10 bench:x12          (DURATION_S=5 seconds per shape by default)
 */
import os from 'node:os';
import { write997 } from '../../process-apis/src/channels/x12/acknowledge-997';
import { readInboundInterchange } from '../../process-apis/src/channels/x12/read-inbound-interchange';
import { interchangeOf, purchaseOrderBody, type TestSet } from '../../process-apis/src/channels/x12/x12-test-documents';

const DURATION_S = Number(process.env.DURATION_S ?? 5);
const REPLY = { controlNumbers: { interchange: 1, groups: [1] }, at: new Date('2026-12-07T09:00:00Z') };

/** One interchange of `orders` 850s with `linesPerOrder` lines each (a PID description under every PO1). */
function dropOf(orders: number, linesPerOrder: number): Buffer {
  const sets: TestSet[] = [];
  for (let order = 1; order <= orders; order++) {
    const lines: string[] = [];
    for (let line = 1; line <= linesPerOrder; line++) {
      lines.push(
        `PO1*${line}*${line * 3}*EA*${(line % 90) + 1}.25**VP*SKU-${String(line).padStart(5, '0')}*UP*0${String(100000000000 + line)}`,
      );
      lines.push(`PID*F****ITEM ${line} OF PURCHASE ORDER ${order}`);
    }
    sets.push({
      controlNumber: String(order).padStart(4, '0'),
      body: purchaseOrderBody({ poNumber: `PO-${order}`, lines }),
    });
  }
  return Buffer.from(interchangeOf(sets), 'latin1');
}

interface Figures {
  interchanges: number;
  orders: number;
  bytes: number;
  seconds: number;
}

function measure(document: Buffer, seconds: number): Figures {
  const until = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const started = process.hrtime.bigint();
  const figures: Figures = { interchanges: 0, orders: 0, bytes: 0, seconds: 0 };
  while (process.hrtime.bigint() < until) {
    const inbound = readInboundInterchange(document);
    write997(inbound.interchange, inbound.acknowledgement, REPLY);
    figures.interchanges += 1;
    figures.orders += inbound.purchaseOrders.length;
    figures.bytes += document.length;
  }
  figures.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return figures;
}

const SHAPES = [
  { name: 'one 850 of 5 lines', document: dropOf(1, 5) },
  { name: 'a drop: 100 850s of 20 lines', document: dropOf(100, 20) },
  { name: 'a large drop: 1,000 850s of 20 lines', document: dropOf(1000, 20) },
];

console.log(
  `X12 read + 997, one core, ${DURATION_S} s per shape; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node.js ${process.version}`,
);
for (const shape of SHAPES) {
  // Warm-up: a fifth of the time, so V8 has compiled the reader before it is measured.
  measure(shape.document, Math.max(0.5, DURATION_S / 5));
  const figures = measure(shape.document, DURATION_S);
  const perSecond = (count: number) => Math.round(count / figures.seconds).toLocaleString('en-US');
  const megabytesPerSecond = (figures.bytes / figures.seconds / 1024 / 1024).toFixed(1);
  console.log(
    `${shape.name.padEnd(40)} ${(shape.document.length / 1024).toFixed(1).padStart(8)} KiB  ${perSecond(figures.interchanges).padStart(8)} interchanges/s  ${perSecond(figures.orders).padStart(8)} purchase orders/s  ${megabytesPerSecond.padStart(6)} MB/s`,
  );
}
