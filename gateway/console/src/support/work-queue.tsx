import type { ProcessDeadLetter } from '@crossdock/shared-contracts/contracts/process-dead-letters';
import type { ProcessHold } from '@crossdock/shared-contracts/contracts/process-holds';
import { age, Empty } from '../ui/states';

export type QueueTab = 'holds' | 'dead-letters';

/** What support finds an order by, beside the hold or dead letter itself. */
interface OrderReference {
  channel?: string;
  sourceOrderId?: string;
  purchaseOrderNumber?: string;
}
export type QueueHold = ProcessHold & OrderReference;
export type QueueDeadLetter = ProcessDeadLetter & OrderReference;

interface QueueProps<T> {
  items: T[];
  selectedOrderId?: string;
  onSelect: (orderId: string) => void;
}

const orderLabel = (item: { orderId: string; sourceOrderId?: string; purchaseOrderNumber?: string }) =>
  item.sourceOrderId ?? item.purchaseOrderNumber ?? item.orderId.slice(0, 8);

/** The open holds: one row per hold, the order's reference a button that opens it beside the queue. */
export function HoldQueue({ items, selectedOrderId, onSelect }: QueueProps<QueueHold>) {
  if (items.length === 0) return <Empty>No holds match: nothing here.</Empty>;
  return (
    <table class="queue">
      <caption class="visually-hidden">Holds, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Channel</th>
          <th scope="col">Customer</th>
          <th scope="col">Reason</th>
          <th scope="col">Detail</th>
          <th scope="col">Age</th>
        </tr>
      </thead>
      <tbody>
        {items.map((hold) => (
          <tr key={hold.id} class={hold.orderId === selectedOrderId ? 'selected' : undefined}>
            <td>
              <button type="button" class="link" onClick={() => onSelect(hold.orderId)}>
                {orderLabel(hold)}
              </button>
            </td>
            <td>{hold.channel ?? '—'}</td>
            <td>{hold.customerId}</td>
            <td>
              <span class="reason">{hold.reasonCode}</span>
            </td>
            <td class="detail">{hold.detail}</td>
            <td title={hold.createdAt}>{age(hold.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The dead letters not yet replayed: orders whose technical failures outlasted their retries. */
export function DeadLetterQueue({ items, selectedOrderId, onSelect }: QueueProps<QueueDeadLetter>) {
  if (items.length === 0) return <Empty>No dead letters match: nothing here.</Empty>;
  return (
    <table class="queue">
      <caption class="visually-hidden">Dead letters, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Channel</th>
          <th scope="col">Customer</th>
          <th scope="col">Step</th>
          <th scope="col">Last error</th>
          <th scope="col">Attempts</th>
          <th scope="col">Age</th>
        </tr>
      </thead>
      <tbody>
        {items.map((letter) => (
          <tr key={letter.id} class={letter.orderId === selectedOrderId ? 'selected' : undefined}>
            <td>
              <button type="button" class="link" onClick={() => onSelect(letter.orderId)}>
                {orderLabel(letter)}
              </button>
            </td>
            <td>{letter.channel ?? '—'}</td>
            <td>{letter.customerId}</td>
            <td>{letter.step}</td>
            <td class="detail">{letter.lastError}</td>
            <td>{letter.attempts}</td>
            <td title={letter.createdAt}>{age(letter.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
