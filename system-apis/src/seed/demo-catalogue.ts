import { centsToDecimal, gramsToKg, percentOf } from './demo-money';
import { PRODUCT_LINES, type ProductLine } from './demo-product-lines';

/**
 * The demo catalogue: several hundred items a hardware, MRO, plumbing, electrical and safety
 * distributor would carry, made from families and product lines so every item has a believable
 * description, units of measure and price. Nothing is random: every start builds the same catalogue.
 */
export interface DemoItem {
  sku: string;
  description: string;
  baseUom: string;
  weightKg: string;
  returnable: boolean;
  /** Alternate units and how many base units each holds. */
  packs: { uom: string; factor: number }[];
  /** Standard list price per base unit, decimal string. */
  listPrice: string;
}

/**
 * The first families, which tests and demos quote by SKU and price (HXB-004 at 0.24, GLV-002 in cases
 * of 12, LAD-001 sold only by the each, ...). Their SKUs, prices, packs and order must not change:
 * new items go into PRODUCT_LINES instead.
 */
interface Family {
  prefix: string;
  noun: string;
  variants: string[];
  caseOf: number;
  palletOf?: number;
  basePriceCents: number;
  weightGrams: number;
  returnable: boolean;
}

const FAMILIES: Family[] = [
  {
    prefix: 'HXB',
    noun: 'Hex bolt, zinc plated',
    variants: ['M6 x 20', 'M6 x 30', 'M8 x 25', 'M8 x 40', 'M10 x 50', 'M10 x 70', 'M12 x 60', 'M12 x 80'],
    caseOf: 100,
    palletOf: 4000,
    basePriceCents: 18,
    weightGrams: 20,
    returnable: true,
  },
  {
    prefix: 'WSH',
    noun: 'Flat washer, stainless',
    variants: ['M6', 'M8', 'M10', 'M12', 'M16'],
    caseOf: 200,
    palletOf: 10000,
    basePriceCents: 4,
    weightGrams: 3,
    returnable: true,
  },
  {
    prefix: 'SCR',
    noun: 'Wood screw, countersunk',
    variants: ['4 x 30', '4 x 40', '5 x 50', '5 x 60', '6 x 80', '6 x 100'],
    caseOf: 200,
    palletOf: 8000,
    basePriceCents: 6,
    weightGrams: 5,
    returnable: true,
  },
  {
    prefix: 'PVC',
    noun: 'PVC pipe, schedule 40, 10 ft',
    variants: ['1/2 in', '3/4 in', '1 in', '1-1/4 in', '1-1/2 in', '2 in'],
    caseOf: 10,
    palletOf: 200,
    basePriceCents: 540,
    weightGrams: 1800,
    returnable: true,
  },
  {
    prefix: 'ELB',
    noun: 'PVC elbow 90°',
    variants: ['1/2 in', '3/4 in', '1 in', '1-1/2 in', '2 in'],
    caseOf: 25,
    basePriceCents: 95,
    weightGrams: 60,
    returnable: true,
  },
  {
    prefix: 'WIR',
    noun: 'THHN copper wire, 500 ft spool',
    variants: ['14 AWG black', '14 AWG white', '12 AWG black', '12 AWG red', '10 AWG green'],
    caseOf: 4,
    palletOf: 48,
    basePriceCents: 6200,
    weightGrams: 7000,
    returnable: false,
  },
  {
    prefix: 'BRK',
    noun: 'Circuit breaker, single pole',
    variants: ['15 A', '20 A', '30 A', '40 A'],
    caseOf: 12,
    basePriceCents: 780,
    weightGrams: 150,
    returnable: true,
  },
  {
    prefix: 'GLV',
    noun: 'Nitrile work gloves, pair',
    variants: ['size S', 'size M', 'size L', 'size XL'],
    caseOf: 12,
    palletOf: 1440,
    basePriceCents: 310,
    weightGrams: 80,
    returnable: false,
  },
  {
    prefix: 'DRL',
    noun: 'HSS drill bit',
    variants: ['3 mm', '5 mm', '6 mm', '8 mm', '10 mm', '12 mm'],
    caseOf: 10,
    basePriceCents: 260,
    weightGrams: 25,
    returnable: true,
  },
  {
    prefix: 'TAP',
    noun: 'Duct tape, 60 yd roll',
    variants: ['silver', 'black', 'white'],
    caseOf: 24,
    palletOf: 1152,
    basePriceCents: 690,
    weightGrams: 350,
    returnable: true,
  },
  {
    prefix: 'SLT',
    noun: 'Silicone sealant, 10 oz cartridge',
    variants: ['clear', 'white', 'grey'],
    caseOf: 12,
    palletOf: 1200,
    basePriceCents: 540,
    weightGrams: 320,
    returnable: false,
  },
  {
    prefix: 'LMP',
    noun: 'LED work light',
    variants: ['20 W', '50 W'],
    caseOf: 6,
    basePriceCents: 2450,
    weightGrams: 1100,
    returnable: true,
  },
  {
    prefix: 'LAD',
    noun: 'Fibreglass step ladder',
    variants: ['6 ft', '8 ft'],
    caseOf: 1,
    basePriceCents: 14900,
    weightGrams: 9500,
    returnable: true,
  },
];

/** How many items the first families make; they open the catalogue, so they are its first this many items. */
export const FIRST_FAMILY_ITEM_COUNT = FAMILIES.reduce((count, family) => count + family.variants.length, 0);

export function demoCatalogue(): DemoItem[] {
  return [...firstFamilyItems(), ...PRODUCT_LINES.flatMap(productLineItems)];
}

/** The smallest pack an item comes in (case, reel, bundle), or one for an item sold only singly. */
export function smallestPackFactor(item: DemoItem): number {
  const smallest = Math.min(...item.packs.map((pack) => pack.factor));
  return Number.isFinite(smallest) ? smallest : 1;
}

function firstFamilyItems(): DemoItem[] {
  return FAMILIES.flatMap((family) =>
    family.variants.map((variant, index) => {
      const packs = [{ uom: 'CS', factor: family.caseOf }];
      if (family.palletOf) packs.push({ uom: 'PL', factor: family.palletOf });
      const cents = family.basePriceCents + index * Math.max(1, Math.round(family.basePriceCents / 10));
      return {
        sku: `${family.prefix}-${String(index + 1).padStart(3, '0')}`,
        description: `${family.noun}, ${variant}`,
        baseUom: 'EA',
        weightKg: ((family.weightGrams * (1 + index / 10)) / 1000).toFixed(3),
        returnable: family.returnable,
        packs: family.caseOf > 1 ? packs : [],
        listPrice: centsToDecimal(cents),
      };
    }),
  );
}

/** A product line's items: every size in every option, smallest size first, priced in whole cents. */
function productLineItems(line: ProductLine): DemoItem[] {
  const options = line.options ?? [undefined];
  let sizeCents = line.priceCents;
  let sizeGrams = line.weightGrams;
  return line.sizes.flatMap((size, sizeIndex) => {
    if (sizeIndex > 0) {
      sizeCents = percentOf(sizeCents, 100 + line.stepPercent);
      sizeGrams = percentOf(sizeGrams, 100 + line.stepPercent);
    }
    return options.map((option, optionIndex) => ({
      sku: `${line.prefix}-${String(sizeIndex * options.length + optionIndex + 1).padStart(3, '0')}`,
      description: option ? `${line.noun}, ${size}, ${option.name}` : `${line.noun}, ${size}`,
      baseUom: line.baseUom ?? 'EA',
      weightKg: gramsToKg(sizeGrams),
      returnable: line.returnable,
      packs: Object.entries(line.packs).map(([uom, factor]) => ({ uom, factor })),
      listPrice: centsToDecimal(percentOf(sizeCents, 100 + (option?.premiumPercent ?? 0))),
    }));
  });
}
