import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '@crossdock/shared-contracts/contracts/api/process-orders';
import { customerStatusWithShipping, customerTimelineOf } from './order-status';

let second = 0;
function entry(step: string, outcome: string): TimelineEntry {
  second += 1;
  return {
    step,
    outcome,
    correlationId: 'c',
    actor: 'pipeline',
    at: `2026-11-28T09:00:${String(second).padStart(2, '0')}.000Z`,
  };
}

describe('the timeline in the customer’s words', () => {
  it('reads six pipeline steps as one “processing”, and submission as confirmed', () => {
    const timeline = [
      entry('received', 'succeeded'),
      entry('validate', 'succeeded'),
      entry('enrich', 'succeeded'),
      entry('credit', 'succeeded'),
      entry('plan', 'succeeded'),
      entry('reserve', 'succeeded'),
      entry('submit', 'succeeded'),
    ];

    expect(customerTimelineOf({ timeline }).map((item) => item.status)).toEqual([
      'received',
      'processing',
      'confirmed',
    ]);
    expect(customerTimelineOf({ timeline })[1]!.at).toBe(timeline[1]!.at);
  });

  it('keeps retries, refused duplicates and dead letters inside; a hold and its release show', () => {
    const timeline = [
      entry('received', 'succeeded'),
      entry('received', 'duplicate'),
      entry('validate', 'held'),
      entry('release', 'succeeded'),
      entry('submit', 'failed'),
      entry('submit', 'failed'),
      entry('submit', 'replayed'),
      entry('submit', 'succeeded'),
    ];

    expect(customerTimelineOf({ timeline }).map((item) => item.status)).toEqual([
      'received',
      'needs-attention',
      'processing',
      'confirmed',
    ]);
  });

  it('reads a rejection and a cancellation as cancelled, in words for each', () => {
    const rejected = customerTimelineOf({
      timeline: [entry('received', 'succeeded'), entry('validate', 'held'), entry('reject', 'succeeded')],
    });
    const cancelled = customerTimelineOf({ timeline: [entry('received', 'succeeded'), entry('cancel', 'succeeded')] });

    expect(rejected.at(-1)).toMatchObject({ status: 'cancelled', text: expect.stringContaining('could not accept') });
    expect(cancelled.at(-1)).toMatchObject({ status: 'cancelled', text: 'This order was cancelled.' });
  });
});

describe('the status once the ERP ships', () => {
  const shipped = { milestones: { shippedAt: '2026-11-28T16:00:00.000Z' } };
  const delivered = { milestones: { shippedAt: '2026-11-28T16:00:00.000Z', deliveredAt: '2026-11-29T10:00:00.000Z' } };

  it('follows the ERP order from confirmed to shipped in part, shipped and delivered', () => {
    expect(customerStatusWithShipping('SUBMITTED', { salesOrder: { status: 'open' }, shipments: [] }).status).toBe(
      'confirmed',
    );
    expect(
      customerStatusWithShipping('SUBMITTED', { salesOrder: { status: 'partially_shipped' }, shipments: [shipped] })
        .statusText,
    ).toBe('Part of your order has shipped.');
    expect(
      customerStatusWithShipping('SUBMITTED', { salesOrder: { status: 'shipped' }, shipments: [delivered, shipped] })
        .status,
    ).toBe('shipped');
    expect(
      customerStatusWithShipping('SUBMITTED', { salesOrder: { status: 'shipped' }, shipments: [delivered] }).status,
    ).toBe('delivered');
  });

  it('shows delivered once every shipment is, whether the process tier says shipped, invoiced or closed', () => {
    for (const status of ['PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED'] as const) {
      expect(
        customerStatusWithShipping(status, { salesOrder: { status: 'shipped' }, shipments: [delivered] }).status,
      ).toBe('delivered');
    }
    expect(
      customerStatusWithShipping('INVOICED', { salesOrder: { status: 'shipped' }, shipments: [delivered, shipped] })
        .status,
    ).toBe('invoiced');
    expect(
      customerStatusWithShipping('PARTIALLY_SHIPPED', {
        salesOrder: { status: 'partially_shipped' },
        shipments: [delivered],
      }).status,
    ).toBe('shipped');
  });

  it('leaves a cancelled order cancelled, whatever the ERP says', () => {
    expect(customerStatusWithShipping('CANCELLED', { salesOrder: { status: 'cancelled' }, shipments: [] }).status).toBe(
      'cancelled',
    );
  });
});
