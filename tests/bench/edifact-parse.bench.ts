/**
 * Benchmark of reading inbound EDIFACT: how many interchanges, orders and megabytes a second one core
 * reads into order drafts and answers with a CONTRL (readEdifactInterchange + writeContrl, exactly what
 * POST /process/v1/inbound/edifact does before it touches the database). The same three shapes as the
 * X12 benchmark: one small ORDERS, a drop of 100 ORDERS of 20 lines in one interchange, and 1,000.
 * No platform, no database: this is the reader's own ceiling.
 *
 *   npx -y pnpm@10 bench:edifact      (DURATION_S=5 seconds per shape by default)
 */
import os from 'node:os';
import { interchangeOf, messageOf, ordersBody } from '../../process-apis/src/channels/edifact/edifact-test-documents';
import { readEdifactInterchange } from '../../process-apis/src/channels/edifact/read-inbound-interchange';
import { writeContrl } from '../../process-apis/src/channels/edifact/write-contrl';

const DURATION_S = Number(process.env.DURATION_S ?? 5);
const REPLY = {
  controlReference: '1',
  at: new Date('2026-12-07T09:00:00Z'),
  from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
};

/** One interchange of `orders` ORDERS D.96A with `linesPerOrder` lines each (LIN, PIA, IMD, QTY, PRI). */
function dropOf(orders: number, linesPerOrder: number): Buffer {
  const messages: string[][] = [];
  for (let order = 1; order <= orders; order++) {
    const lines: string[] = [];
    for (let line = 1; line <= linesPerOrder; line++) {
      lines.push(
        `LIN+${line}++${String(4000000000000 + line)}:EN`,
        `PIA+1+SKU-${String(line).padStart(5, '0')}:SA`,
        `IMD+F++:::Item ${line} of order ${order}`,
        `QTY+21:${line * 3}:PCE`,
        `PRI+AAA:${(line % 90) + 1}.25`,
      );
    }
    const header = [
      'DTM+137:20261207:102',
      'NAD+BY+5412345000013::9',
      'NAD+DP+5412345000020::9++Store 112+1200 Commerce St+Dallas+TX+75202+US',
      'CUX+2:USD:9',
    ];
    messages.push(messageOf(String(order), 'ORDERS:D:96A:UN', ordersBody(`PO-${order}`, header, lines)));
  }
  return Buffer.from(interchangeOf(messages, { acknowledgementRequested: true }), 'latin1');
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
    const inbound = readEdifactInterchange(document);
    writeContrl(inbound.interchange, inbound.reports, REPLY);
    figures.interchanges += 1;
    figures.orders += inbound.orders.length;
    figures.bytes += document.length;
  }
  figures.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return figures;
}

const SHAPES = [
  { name: 'one ORDERS of 5 lines', document: dropOf(1, 5) },
  { name: 'a drop: 100 ORDERS of 20 lines', document: dropOf(100, 20) },
  { name: 'a large drop: 1,000 ORDERS of 20 lines', document: dropOf(1000, 20) },
];

console.log(
  `EDIFACT read + CONTRL, one core, ${DURATION_S} s per shape; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node.js ${process.version}`,
);
for (const shape of SHAPES) {
  // Warm-up: a fifth of the time, so V8 has compiled the reader before it is measured.
  measure(shape.document, Math.max(0.5, DURATION_S / 5));
  const figures = measure(shape.document, DURATION_S);
  const perSecond = (count: number) => Math.round(count / figures.seconds).toLocaleString('en-US');
  const megabytesPerSecond = (figures.bytes / figures.seconds / 1024 / 1024).toFixed(1);
  console.log(
    `${shape.name.padEnd(40)} ${(shape.document.length / 1024).toFixed(1).padStart(8)} KiB  ${perSecond(figures.interchanges).padStart(8)} interchanges/s  ${perSecond(figures.orders).padStart(8)} orders/s  ${megabytesPerSecond.padStart(6)} MB/s`,
  );
}
