import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';

// Carriers' public tracking pages, by the names and SCAC codes shipments carry.
const TRACKING_PAGES: Record<string, (trackingNumber: string) => string> = {
  UPS: (number) => `https://www.ups.com/track?tracknum=${number}`,
  UPSN: (number) => `https://www.ups.com/track?tracknum=${number}`,
  FEDEX: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
  FDEG: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
  FDE: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
  USPS: (number) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}`,
  DHL: (number) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${number}`,
};

/** Where the customer follows the parcel, when the carrier and the tracking number are known. */
export function trackingUrlOf(shipment: Pick<Shipment, 'carrier' | 'trackingNumber'>): string | undefined {
  const page = TRACKING_PAGES[shipment.carrier.trim().toUpperCase()];
  return page && shipment.trackingNumber ? page(encodeURIComponent(shipment.trackingNumber)) : undefined;
}

/** The last milestone a shipment reached: created, picked, packed, shipped or delivered. */
export function shipmentStatusOf(
  shipment: Pick<Shipment, 'milestones'>,
): 'created' | 'picked' | 'packed' | 'shipped' | 'delivered' {
  const { milestones } = shipment;
  if (milestones.deliveredAt) return 'delivered';
  if (milestones.shippedAt) return 'shipped';
  if (milestones.packedAt) return 'packed';
  if (milestones.pickedAt) return 'picked';
  return 'created';
}
