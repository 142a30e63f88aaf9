import { randomUUID } from 'node:crypto';
import { AS_SENT_RULES } from './channels';
import type { x12Api } from './x12';

/** An id no other test uses. */
export const anId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** One 850 line: 4 × GLV-002 by its vendor part number (VP). */
export const LINE = 'PO1*1*4*EA*5.00**VP*GLV-002';

/** A mapping of its own for one partner; answers its name and version. */
export async function aMapping(api: ReturnType<typeof x12Api>, rules: object = AS_SENT_RULES('VP')) {
  const name = anId('onboarding');
  return { name, version: await api.addMapping(name, rules) };
}

/** An X12 partner of C-1002 as POST /process/v1/partners takes it, with the ISA (and GS) ids given. */
export function x12Partner(id: string, mapping: object, x12: Record<string, unknown>, extra: object = {}) {
  return {
    id,
    name: `X12 partner ${id}`,
    channel: 'x12',
    customerId: 'C-1002',
    identifiers: { x12: { senderQualifier: 'ZZ', receiverQualifier: 'ZZ', receiverId: 'CROSSDOCK', ...x12 } },
    mapping,
    ...extra,
  };
}
