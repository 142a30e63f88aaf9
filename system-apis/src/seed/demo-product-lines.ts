/**
 * The product lines that make the demo distributor's catalogue broad: fasteners, anchors, strut and
 * rod, plumbing, electrical, safety, chemicals, abrasives, rigging and facilities supplies. Each line
 * is sold in every size × option (finish, colour, grade or fitting type), which is how a distributor's
 * item master really grows. Prices are list prices in whole cents; see demo-catalogue.ts for how a
 * line becomes items.
 */
import { ABRASIVES_RIGGING_AND_FACILITIES } from './product-lines/abrasives-rigging-and-facilities';
import { ELECTRICAL } from './product-lines/electrical';
import { FASTENERS_AND_ANCHORS } from './product-lines/fasteners-and-anchors';
import type { ProductLine } from './product-lines/product-line';
import { ROD_STRUT_AND_PLUMBING } from './product-lines/rod-strut-and-plumbing';
import { SAFETY_AND_CHEMICALS } from './product-lines/safety-and-chemicals';

export type { ProductLine, ProductOption } from './product-lines/product-line';

/** Every line, in the order the catalogue lists them. */
export const PRODUCT_LINES: ProductLine[] = [
  ...FASTENERS_AND_ANCHORS,
  ...ROD_STRUT_AND_PLUMBING,
  ...ELECTRICAL,
  ...SAFETY_AND_CHEMICALS,
  ...ABRASIVES_RIGGING_AND_FACILITIES,
];
