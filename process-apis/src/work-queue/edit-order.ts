import type {
  EditCanonicalOrderRequest,
  OrderCorrection,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { FieldError } from '@crossdock/shared-contracts/errors/problem';
import { fieldsWithControlCharacters } from '../inbound-documents/storable-text';
import { requiredText, requireOperator } from '../orders/operator-only';
import { getOrder, parseOrderInput } from '../orders/place-order';
import type { ReceivedOrder } from '../partners/partner-terms';
import type { ProcessServices } from '../process-services';
import { correctAndReplay } from './correct-order';

/**
 * A person's corrected canonical order for a held or failed order, checked by the rules an order
 * placed through the API is (its zod schema, no control characters), then replayed from validation
 * (see correctAndReplay). The natural key's channel and source order id stay; the partner's terms
 * the order came with stay with it.
 */
export async function editCanonicalOrder(
  services: ProcessServices,
  principal: Principal,
  orderId: string,
  request: EditCanonicalOrderRequest,
  waitMs: number,
): Promise<OrderCorrection> {
  requireOperator(principal, 'correct orders');
  const comment = requiredText(request.comment, 'comment');
  const checked = parseOrderInput(request.order, ['order']);
  const unprintable = fieldsWithControlCharacters(checked, ['order']);
  if (unprintable.length > 0)
    throw new ValidationError(
      'The order holds control characters (such as NUL) in its text.',
      unprintable.map((field) => ({ field, message: 'holds a control character' })),
    );
  const existing = await services.db.order.findUnique({ where: { id: orderId } });
  if (!existing) throw new NotFoundError(`Order ${orderId} does not exist.`);
  const keyChanges: FieldError[] = [];
  if (checked.channel !== existing.channel)
    keyChanges.push({ field: 'order.channel', message: `must stay ${existing.channel}` });
  if (checked.sourceOrderId !== existing.sourceOrderId)
    keyChanges.push({ field: 'order.sourceOrderId', message: `must stay ${existing.sourceOrderId}` });
  if (keyChanges.length > 0)
    throw new ValidationError(
      'The channel and source order id are the order’s natural key and cannot change.',
      keyChanges,
    );
  const { partnerTerms } = existing.received as unknown as ReceivedOrder;
  const after: ReceivedOrder = partnerTerms ? { ...checked, partnerTerms } : checked;
  const corrected = await correctAndReplay(services, actorName(principal), orderId, { comment, after });
  if (waitMs > 0) await services.waiter.waitForSettled(orderId, waitMs);
  return { order: await getOrder(services, principal, orderId), ...corrected };
}
