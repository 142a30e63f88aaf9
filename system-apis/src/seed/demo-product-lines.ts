/**
 * The product lines that make the demo distributor's catalogue broad: fasteners, anchors, strut and
 * rod, plumbing, electrical, safety, chemicals, abrasives, rigging and facilities supplies. Each line
 * is sold in every size × option (finish, colour, grade or fitting type), which is how a distributor's
 * item master really grows. Prices are list prices in whole cents; see demo-catalogue.ts for how a
 * line becomes items.
 */
export interface ProductOption {
  name: string;
  /** How much more than the line's first option this one costs, in percent. */
  premiumPercent: number;
}

export interface ProductLine {
  /** SKU prefix: items are `<prefix>-001`, `<prefix>-002`, ... in size order, then option order. */
  prefix: string;
  noun: string;
  sizes: string[];
  /** Each size comes in each option; none means the size alone names the item. */
  options?: ProductOption[];
  /** The unit stock is counted in: EA unless the line is cut to length (FT). */
  baseUom?: 'EA' | 'FT';
  /** Alternate units and how many base units each holds, e.g. { CS: 100, PL: 20000 }. */
  packs: Record<string, number>;
  /** List price of the first size in the first option, per base unit, in cents. */
  priceCents: number;
  /** Each size up costs (and weighs) this much more than the one before, in percent. */
  stepPercent: number;
  /** Weight of the first size, per base unit, in grams. */
  weightGrams: number;
  returnable: boolean;
}

const option = (name: string, premiumPercent = 0): ProductOption => ({ name, premiumPercent });
const plain = (...names: string[]) => names.map((name) => option(name));

// Finishes the fastener lines share; stainless costs well over twice plated steel.
const ZINC_OR_GALV = [option('zinc plated'), option('hot-dip galvanised', 35)];
const ZINC_OR_STAINLESS = [option('zinc plated'), option('stainless 18-8', 120)];
const ROD_FINISHES = [option('zinc plated'), option('hot-dip galvanised', 40), option('stainless 304', 260)];
const INCH_BOLT_SIZES = ['1/4-20', '5/16-18', '3/8-16', '1/2-13', '5/8-11', '3/4-10'];
const PIPE_SIZES = ['1/2 in', '3/4 in', '1 in', '1-1/4 in', '1-1/2 in', '2 in'];
const DEVICE_COLOURS = plain('white', 'ivory', 'grey');

export const PRODUCT_LINES: ProductLine[] = [
  // Fasteners
  { prefix: 'HXN', noun: 'Finished hex nut', sizes: ['1/4-20', '5/16-18', '3/8-16', '7/16-14', '1/2-13', '5/8-11', '3/4-10'], options: [...ZINC_OR_GALV, option('stainless 18-8', 150)], packs: { CS: 100, PL: 20000 }, priceCents: 6, stepPercent: 35, weightGrams: 3, returnable: true },
  { prefix: 'NYL', noun: 'Nylon insert lock nut', sizes: ['M5', 'M6', 'M8', 'M10', 'M12', 'M16'], options: [option('zinc plated'), option('stainless A2', 120)], packs: { CS: 100, PL: 20000 }, priceCents: 7, stepPercent: 30, weightGrams: 3, returnable: true },
  { prefix: 'CRG', noun: 'Carriage bolt', sizes: ['1/4 x 2 in', '1/4 x 3 in', '5/16 x 3 in', '3/8 x 4 in', '3/8 x 6 in', '1/2 x 6 in', '1/2 x 8 in'], options: ZINC_OR_GALV, packs: { CS: 50, PL: 5000 }, priceCents: 22, stepPercent: 25, weightGrams: 25, returnable: true },
  { prefix: 'LAG', noun: 'Hex lag screw', sizes: ['1/4 x 2 in', '1/4 x 3 in', '5/16 x 3 in', '5/16 x 4 in', '3/8 x 4 in', '3/8 x 6 in', '1/2 x 6 in'], options: ZINC_OR_GALV, packs: { CS: 50, PL: 5000 }, priceCents: 18, stepPercent: 25, weightGrams: 20, returnable: true },
  { prefix: 'SHC', noun: 'Socket head cap screw', sizes: ['M4 x 12', 'M5 x 16', 'M6 x 20', 'M8 x 25', 'M10 x 30', 'M12 x 40'], options: [option('alloy, black oxide'), option('stainless A2', 90)], packs: { CS: 100 }, priceCents: 12, stepPercent: 30, weightGrams: 4, returnable: true },
  { prefix: 'MCS', noun: 'Machine screw, Phillips pan head', sizes: ['#6-32 x 1/2 in', '#8-32 x 3/4 in', '#10-24 x 1 in', '#10-32 x 1 in', '1/4-20 x 1 in'], options: [option('zinc plated'), option('stainless 18-8', 110)], packs: { CS: 100 }, priceCents: 4, stepPercent: 25, weightGrams: 2, returnable: true },
  { prefix: 'SDS', noun: 'Self-drilling screw, hex washer head', sizes: ['#8 x 1/2 in', '#8 x 3/4 in', '#10 x 3/4 in', '#12 x 1 in', '#12 x 1-1/2 in', '#14 x 2 in'], options: [option('zinc plated'), option('ceramic coated', 25)], packs: { CS: 250, PL: 50000 }, priceCents: 5, stepPercent: 20, weightGrams: 3, returnable: true },
  { prefix: 'DKS', noun: 'Deck screw, exterior coated', sizes: ['#8 x 1-5/8 in', '#8 x 2 in', '#9 x 2-1/2 in', '#10 x 3 in'], options: plain('tan', 'grey', 'brown', 'green'), packs: { CS: 500, PL: 50000 }, priceCents: 4, stepPercent: 15, weightGrams: 4, returnable: true },
  { prefix: 'LKW', noun: 'Split lock washer', sizes: ['1/4 in', '5/16 in', '3/8 in', '1/2 in', '5/8 in'], options: ZINC_OR_STAINLESS, packs: { CS: 100 }, priceCents: 3, stepPercent: 30, weightGrams: 1, returnable: true },
  { prefix: 'FDW', noun: 'Fender washer', sizes: ['3/16 x 1 in', '1/4 x 1-1/4 in', '5/16 x 1-1/2 in', '3/8 x 1-1/2 in', '1/2 x 2 in'], options: ZINC_OR_STAINLESS, packs: { CS: 100 }, priceCents: 6, stepPercent: 30, weightGrams: 6, returnable: true },
  { prefix: 'RIV', noun: 'Blind rivet', sizes: ['1/8 x 1/8 in grip', '1/8 x 1/4 in grip', '5/32 x 1/4 in grip', '3/16 x 1/4 in grip', '3/16 x 1/2 in grip'], options: [option('aluminium body, steel mandrel'), option('all steel', 10), option('stainless', 160)], packs: { CS: 500 }, priceCents: 3, stepPercent: 20, weightGrams: 1, returnable: true },

  // Anchors
  { prefix: 'WDA', noun: 'Wedge anchor', sizes: ['1/4 x 2-1/4 in', '3/8 x 3 in', '3/8 x 5 in', '1/2 x 4-1/4 in', '1/2 x 7 in', '5/8 x 6 in', '3/4 x 8-1/2 in'], options: [...ZINC_OR_GALV, option('stainless 304', 180)], packs: { CS: 50, PL: 5000 }, priceCents: 28, stepPercent: 35, weightGrams: 25, returnable: true },
  { prefix: 'SLA', noun: 'Sleeve anchor, hex nut', sizes: ['1/4 x 1-3/8 in', '5/16 x 2-1/2 in', '3/8 x 3 in', '3/8 x 4 in', '1/2 x 4 in'], options: [option('zinc plated'), option('stainless 304', 170)], packs: { CS: 50 }, priceCents: 30, stepPercent: 35, weightGrams: 15, returnable: true },
  { prefix: 'CSA', noun: 'Concrete screw anchor', sizes: ['3/16 x 1-1/4 in', '3/16 x 1-3/4 in', '3/16 x 2-3/4 in', '1/4 x 1-3/4 in', '1/4 x 2-3/4 in', '1/4 x 3-3/4 in'], options: [option('blue coated, hex washer head'), option('blue coated, flat head'), option('stainless, hex washer head', 150)], packs: { CS: 100 }, priceCents: 15, stepPercent: 20, weightGrams: 6, returnable: true },
  { prefix: 'DIA', noun: 'Drop-in anchor', sizes: ['1/4 in', '3/8 in', '1/2 in', '5/8 in'], options: [option('zinc plated'), option('stainless 303', 160)], packs: { CS: 50 }, priceCents: 35, stepPercent: 45, weightGrams: 10, returnable: true },
  { prefix: 'TGL', noun: 'Snap toggle bolt, zinc plated', sizes: ['1/8 in', '3/16 in', '1/4 in'], packs: { CS: 25 }, priceCents: 95, stepPercent: 30, weightGrams: 15, returnable: true },
  { prefix: 'PLA', noun: 'Ribbed plastic wall anchor', sizes: ['#6-8', '#8-10', '#10-12', '#12-14'], packs: { CS: 100 }, priceCents: 2, stepPercent: 40, weightGrams: 1, returnable: true },

  // Threaded rod and strut: rod is cut to length, so it is counted in feet and sold by the 10 ft length.
  { prefix: 'THR', noun: 'Threaded rod', sizes: INCH_BOLT_SIZES, options: ROD_FINISHES, baseUom: 'FT', packs: { PC: 10, BD: 100 }, priceCents: 35, stepPercent: 40, weightGrams: 37, returnable: true },
  { prefix: 'STR', noun: 'Strut channel, 10 ft', sizes: ['1-5/8 x 13/16 in, solid', '1-5/8 x 13/16 in, slotted', '1-5/8 x 1-5/8 in, solid', '1-5/8 x 1-5/8 in, slotted'], options: [option('pre-galvanised'), option('hot-dip galvanised', 45)], packs: { BD: 10 }, priceCents: 2890, stepPercent: 12, weightGrams: 6200, returnable: true },
  { prefix: 'SNT', noun: 'Strut nut with spring', sizes: ['1/4-20', '5/16-18', '3/8-16', '1/2-13'], options: [option('zinc plated'), option('stainless 316', 220)], packs: { CS: 100 }, priceCents: 55, stepPercent: 15, weightGrams: 30, returnable: true },
  { prefix: 'BCL', noun: 'Beam clamp, malleable iron', sizes: ['3/8-16', '1/2-13'], packs: { CS: 25 }, priceCents: 240, stepPercent: 25, weightGrams: 120, returnable: true },

  // Plumbing
  { prefix: 'PTE', noun: 'PVC tee, schedule 40', sizes: [...PIPE_SIZES, '3 in', '4 in'], packs: { CS: 25 }, priceCents: 85, stepPercent: 30, weightGrams: 40, returnable: true },
  { prefix: 'PCP', noun: 'PVC coupling, schedule 40', sizes: [...PIPE_SIZES, '3 in', '4 in'], packs: { CS: 50 }, priceCents: 45, stepPercent: 30, weightGrams: 25, returnable: true },
  { prefix: 'PMA', noun: 'PVC male adapter, schedule 40', sizes: PIPE_SIZES, packs: { CS: 50 }, priceCents: 60, stepPercent: 30, weightGrams: 25, returnable: true },
  { prefix: 'PCA', noun: 'PVC cap, schedule 40', sizes: PIPE_SIZES, packs: { CS: 50 }, priceCents: 40, stepPercent: 30, weightGrams: 20, returnable: true },
  { prefix: 'CPF', noun: 'Copper fitting, wrot', sizes: ['1/2 in', '3/4 in', '1 in'], options: [option('coupling'), option('cap', 10), option('90° elbow', 70), option('tee', 160)], packs: { CS: 25 }, priceCents: 95, stepPercent: 100, weightGrams: 15, returnable: true },
  { prefix: 'CPP', noun: 'Copper pipe, 10 ft', sizes: ['1/2 in', '3/4 in', '1 in', '1-1/4 in'], options: [option('type M'), option('type L', 35)], packs: { BD: 10 }, priceCents: 2500, stepPercent: 70, weightGrams: 1900, returnable: true },
  { prefix: 'BLV', noun: 'Ball valve, lead-free brass, full port', sizes: ['1/4 in', '3/8 in', ...PIPE_SIZES], options: [option('threaded'), option('sweat', 8), option('press', 45)], packs: { CS: 10 }, priceCents: 690, stepPercent: 35, weightGrams: 150, returnable: true },
  { prefix: 'GTV', noun: 'Gate valve, bronze, threaded', sizes: ['1/2 in', '3/4 in', '1 in', '1-1/2 in', '2 in'], packs: { CS: 6 }, priceCents: 1850, stepPercent: 45, weightGrams: 350, returnable: true },
  { prefix: 'CKV', noun: 'Swing check valve, brass', sizes: PIPE_SIZES, options: [option('threaded'), option('sweat', 5)], packs: { CS: 10 }, priceCents: 1150, stepPercent: 40, weightGrams: 200, returnable: true },
  { prefix: 'BSF', noun: 'Black malleable iron fitting', sizes: PIPE_SIZES, options: [option('coupling'), option('90° elbow', 20), option('tee', 50), option('union', 180)], packs: { CS: 25 }, priceCents: 180, stepPercent: 35, weightGrams: 90, returnable: true },
  { prefix: 'GNP', noun: 'Galvanised pipe nipple', sizes: ['1/2 x close', '1/2 x 2 in', '1/2 x 4 in', '3/4 x close', '3/4 x 2 in', '3/4 x 4 in', '1 x close', '1 x 3 in', '1 x 6 in'], packs: { CS: 25 }, priceCents: 120, stepPercent: 15, weightGrams: 60, returnable: true },
  { prefix: 'PEX', noun: 'PEX-A tubing, 100 ft coil', sizes: ['1/2 in', '3/4 in', '1 in'], options: plain('red', 'blue', 'white'), packs: {}, priceCents: 3900, stepPercent: 70, weightGrams: 2200, returnable: true },
  { prefix: 'PTF', noun: 'PTFE thread seal tape', sizes: ['1/2 in x 260 in', '3/4 in x 260 in', '1 in x 520 in'], options: [option('white, standard'), option('pink, water', 40), option('yellow, gas', 60)], packs: { CS: 50 }, priceCents: 89, stepPercent: 40, weightGrams: 10, returnable: true },
  { prefix: 'SUP', noun: 'Braided stainless supply line', sizes: ['faucet, 3/8 x 1/2 in x 12 in', 'faucet, 3/8 x 1/2 in x 16 in', 'faucet, 3/8 x 1/2 in x 20 in', 'toilet, 3/8 x 7/8 in x 12 in', 'toilet, 3/8 x 7/8 in x 20 in', 'dishwasher, 3/8 x 3/8 in x 60 in'], packs: { CS: 12 }, priceCents: 690, stepPercent: 12, weightGrams: 120, returnable: true },
  { prefix: 'HCL', noun: 'Worm-drive hose clamp, stainless', sizes: ['#6', '#8', '#10', '#12', '#16', '#20', '#24', '#28', '#32', '#40', '#48'], packs: { CS: 10 }, priceCents: 95, stepPercent: 8, weightGrams: 12, returnable: true },

  // Electrical: building wire is cut to length, so it is counted in feet and sold by the 500 ft reel.
  { prefix: 'EMT', noun: 'EMT conduit, 10 ft', sizes: PIPE_SIZES, packs: { BD: 10 }, priceCents: 890, stepPercent: 45, weightGrams: 2200, returnable: true },
  { prefix: 'PCN', noun: 'PVC conduit, schedule 40, 10 ft', sizes: PIPE_SIZES, packs: { BD: 10 }, priceCents: 520, stepPercent: 45, weightGrams: 900, returnable: true },
  { prefix: 'EMC', noun: 'EMT fitting, steel', sizes: PIPE_SIZES, options: [option('set-screw connector'), option('set-screw coupling', 10), option('compression connector', 70), option('compression coupling', 90)], packs: { CS: 50 }, priceCents: 45, stepPercent: 45, weightGrams: 30, returnable: true },
  { prefix: 'LFC', noun: 'Liquid-tight flexible conduit', sizes: ['3/8 in', '1/2 in', '3/4 in', '1 in'], baseUom: 'FT', packs: { RL: 100 }, priceCents: 95, stepPercent: 35, weightGrams: 90, returnable: false },
  { prefix: 'WNT', noun: 'Twist-on wire connector', sizes: ['grey, 22-16 AWG', 'blue, 22-14 AWG', 'orange, 22-14 AWG', 'yellow, 18-12 AWG', 'red, 18-10 AWG', 'tan, 12-8 AWG'], packs: { CS: 100 }, priceCents: 8, stepPercent: 15, weightGrams: 2, returnable: true },
  { prefix: 'BXE', noun: 'Electrical box', sizes: ['1-gang', '2-gang', '3-gang', '4 in square', '4 in octagon'], options: [option('PVC'), option('steel', 80)], packs: { CS: 25 }, priceCents: 95, stepPercent: 40, weightGrams: 80, returnable: true },
  { prefix: 'RCP', noun: 'Receptacle', sizes: ['duplex 15 A', 'duplex 20 A', 'tamper-resistant duplex 15 A', 'GFCI 15 A', 'GFCI 20 A'], options: DEVICE_COLOURS, packs: { CS: 10 }, priceCents: 150, stepPercent: 60, weightGrams: 40, returnable: true },
  { prefix: 'SWT', noun: 'Wall switch', sizes: ['single pole 15 A', 'single pole 20 A', '3-way 15 A', '4-way 15 A', 'dimmer 600 W'], options: DEVICE_COLOURS, packs: { CS: 10 }, priceCents: 130, stepPercent: 50, weightGrams: 50, returnable: true },
  { prefix: 'WPL', noun: 'Nylon wall plate', sizes: ['1-gang duplex', '1-gang toggle', '1-gang decorator', '1-gang blank', '2-gang duplex', '2-gang toggle', '2-gang decorator'], options: plain('white', 'ivory'), packs: { CS: 25 }, priceCents: 45, stepPercent: 12, weightGrams: 20, returnable: true },
  { prefix: 'THN', noun: 'THHN copper building wire', sizes: ['14 AWG', '12 AWG', '10 AWG', '8 AWG', '6 AWG'], options: plain('black', 'white', 'red', 'green'), baseUom: 'FT', packs: { RL: 500 }, priceCents: 14, stepPercent: 55, weightGrams: 15, returnable: false },
  { prefix: 'NMB', noun: 'NM-B cable with ground, 250 ft coil', sizes: ['14/2', '14/3', '12/2', '12/3', '10/2', '10/3'], packs: {}, priceCents: 8900, stepPercent: 30, weightGrams: 7000, returnable: false },
  { prefix: 'CBT', noun: 'Nylon cable tie, bag of 100', sizes: ['4 in, 18 lb', '8 in, 50 lb', '11 in, 50 lb', '14 in, 50 lb', '14 in, 120 lb', '24 in, 175 lb'], options: [option('natural'), option('UV black', 15)], packs: { CS: 20 }, priceCents: 290, stepPercent: 35, weightGrams: 60, returnable: true },
  { prefix: 'BKD', noun: 'Circuit breaker, double pole', sizes: ['20 A', '30 A', '40 A', '50 A', '60 A'], packs: { CS: 6 }, priceCents: 1650, stepPercent: 10, weightGrams: 300, returnable: true },
  { prefix: 'LMA', noun: 'LED lamp', sizes: ['A19, 60 W equivalent', 'A19, 100 W equivalent', 'BR30, 65 W equivalent', 'PAR38, 90 W equivalent', 'T8 4 ft tube, 32 W equivalent'], options: plain('2700 K', '4000 K', '5000 K'), packs: { CS: 12 }, priceCents: 290, stepPercent: 40, weightGrams: 60, returnable: true },
  { prefix: 'ELT', noun: 'Vinyl electrical tape, 3/4 in x 66 ft', sizes: ['black', 'white', 'red', 'blue', 'green', 'yellow', 'brown', 'orange', 'grey'], packs: { CS: 100 }, priceCents: 189, stepPercent: 0, weightGrams: 60, returnable: true },

  // Safety and PPE: worn items are not taken back, for hygiene.
  { prefix: 'SGL', noun: 'Safety glasses, ANSI Z87.1', sizes: ['clear lens', 'grey lens', 'amber lens', 'indoor/outdoor mirror lens', 'clear anti-fog lens'], packs: { CS: 12 }, priceCents: 290, stepPercent: 12, weightGrams: 30, returnable: false },
  { prefix: 'HHT', noun: 'Hard hat, type I class E, ratchet suspension', sizes: ['white', 'yellow', 'orange', 'blue', 'red', 'green'], packs: { CS: 20 }, priceCents: 1450, stepPercent: 0, weightGrams: 400, returnable: true },
  { prefix: 'HVV', noun: 'Hi-vis safety vest, ANSI class 2', sizes: ['size M', 'size L', 'size XL', 'size 2XL', 'size 3XL'], options: plain('lime', 'orange'), packs: { CS: 50 }, priceCents: 690, stepPercent: 5, weightGrams: 150, returnable: false },
  { prefix: 'RSP', noun: 'Disposable respirator, box of 20', sizes: ['N95', 'N95 with exhalation valve', 'P100 with exhalation valve'], packs: { CS: 8 }, priceCents: 2450, stepPercent: 40, weightGrams: 300, returnable: false },
  { prefix: 'EPL', noun: 'Foam earplugs, box of 200 pair', sizes: ['uncorded', 'corded'], packs: { CS: 10 }, priceCents: 2890, stepPercent: 30, weightGrams: 600, returnable: false },
  { prefix: 'CRT', noun: 'Cut-resistant gloves, ANSI A4, pair', sizes: ['size S', 'size M', 'size L', 'size XL', 'size 2XL'], packs: { CS: 12, PL: 1440 }, priceCents: 890, stepPercent: 0, weightGrams: 70, returnable: false },
  { prefix: 'LGV', noun: 'Leather driver gloves, pair', sizes: ['size M', 'size L', 'size XL'], packs: { CS: 12 }, priceCents: 750, stepPercent: 0, weightGrams: 150, returnable: false },
  { prefix: 'FAK', noun: 'First aid kit, ANSI class A', sizes: ['10 person', '25 person', '50 person'], packs: { CS: 4 }, priceCents: 3450, stepPercent: 60, weightGrams: 900, returnable: true },

  // Adhesives, sealants and maintenance chemicals: opened or not, they are not taken back.
  { prefix: 'CAD', noun: 'Construction adhesive, 10 oz cartridge', sizes: ['general purpose', 'heavy duty', 'subfloor', 'polyurethane', 'panel and foam'], packs: { CS: 24, PL: 1440 }, priceCents: 390, stepPercent: 15, weightGrams: 330, returnable: false },
  { prefix: 'EPX', noun: 'Two-part epoxy, 1 oz syringe', sizes: ['5 minute', '30 minute', 'steel-filled', 'plastic bonder'], packs: { CS: 12 }, priceCents: 590, stepPercent: 10, weightGrams: 40, returnable: false },
  { prefix: 'THL', noun: 'Threadlocker, 10 ml', sizes: ['medium strength, blue', 'high strength, red', 'wicking, green'], packs: { CS: 10 }, priceCents: 890, stepPercent: 10, weightGrams: 20, returnable: false },
  { prefix: 'MKP', noun: 'Inverted marking paint, 17 oz', sizes: ['white', 'red', 'orange', 'green', 'blue', 'yellow', 'fluorescent pink'], packs: { CS: 12 }, priceCents: 690, stepPercent: 0, weightGrams: 500, returnable: false },
  { prefix: 'LUB', noun: 'Aerosol lubricant and cleaner, 12 oz', sizes: ['penetrating oil', 'multi-purpose lubricant', 'silicone spray', 'contact cleaner', 'brake cleaner', 'white lithium grease'], packs: { CS: 12 }, priceCents: 650, stepPercent: 8, weightGrams: 400, returnable: false },
  { prefix: 'GRS', noun: 'Grease cartridge, 14 oz', sizes: ['general purpose', 'lithium EP2', 'marine', 'high temperature'], packs: { CS: 10 }, priceCents: 590, stepPercent: 15, weightGrams: 450, returnable: false },

  // Abrasives and cutting tools
  { prefix: 'SDC', noun: 'Hook-and-loop sanding disc, 5 in', sizes: ['40 grit', '60 grit', '80 grit', '120 grit', '150 grit', '180 grit', '220 grit', '320 grit'], packs: { CS: 50 }, priceCents: 45, stepPercent: 0, weightGrams: 10, returnable: true },
  { prefix: 'FLD', noun: 'Flap disc, 4-1/2 in, type 29', sizes: ['40 grit', '60 grit', '80 grit', '120 grit'], options: [option('aluminium oxide'), option('zirconia', 45)], packs: { CS: 10 }, priceCents: 390, stepPercent: 0, weightGrams: 120, returnable: true },
  { prefix: 'CTW', noun: 'Cut-off wheel, type 1', sizes: ['4-1/2 x .045 in', '4-1/2 x 1/16 in', '5 x .045 in', '6 x .045 in', '7 x 1/16 in'], options: [option('for metal'), option('for stainless', 25)], packs: { CS: 25 }, priceCents: 250, stepPercent: 25, weightGrams: 60, returnable: true },
  { prefix: 'GRW', noun: 'Grinding wheel, type 27', sizes: ['4-1/2 x 1/4 in', '5 x 1/4 in', '7 x 1/4 in'], packs: { CS: 10 }, priceCents: 490, stepPercent: 35, weightGrams: 300, returnable: true },
  { prefix: 'RSB', noun: 'Reciprocating saw blade, bi-metal', sizes: ['6 in, 6 TPI wood', '6 in, 10 TPI demolition', '6 in, 14 TPI metal', '6 in, 18 TPI metal', '9 in, 6 TPI wood', '9 in, 10 TPI demolition', '12 in, 6 TPI wood'], packs: { CS: 25 }, priceCents: 290, stepPercent: 10, weightGrams: 30, returnable: true },
  { prefix: 'HSW', noun: 'Bi-metal hole saw', sizes: ['3/4 in', '7/8 in', '1 in', '1-1/8 in', '1-1/4 in', '1-3/8 in', '1-1/2 in', '1-3/4 in', '2 in', '2-1/2 in', '3 in', '4 in'], packs: { CS: 5 }, priceCents: 990, stepPercent: 8, weightGrams: 60, returnable: true },
  { prefix: 'SCB', noun: 'Impact screwdriver bit, 1 in insert', sizes: ['PH1', 'PH2', 'PH3', 'SQ1', 'SQ2', 'SQ3', 'T15', 'T20', 'T25', 'T30'], packs: { CS: 50 }, priceCents: 120, stepPercent: 0, weightGrams: 5, returnable: true },

  // Rigging: chain and wire rope are cut to length from drums and reels.
  { prefix: 'CHN', noun: 'Proof coil chain, grade 30', sizes: ['3/16 in', '1/4 in', '5/16 in', '3/8 in'], options: [option('zinc plated'), option('hot-dip galvanised', 20)], baseUom: 'FT', packs: { DR: 100 }, priceCents: 210, stepPercent: 35, weightGrams: 300, returnable: false },
  { prefix: 'WRP', noun: 'Galvanised wire rope, 7x19', sizes: ['1/8 in', '3/16 in', '1/4 in', '3/8 in'], baseUom: 'FT', packs: { RL: 250 }, priceCents: 45, stepPercent: 60, weightGrams: 20, returnable: false },
  { prefix: 'SHK', noun: 'Screw pin anchor shackle, galvanised', sizes: ['1/4 in', '5/16 in', '3/8 in', '1/2 in', '5/8 in', '3/4 in'], packs: { CS: 10 }, priceCents: 290, stepPercent: 40, weightGrams: 60, returnable: true },
  { prefix: 'EYB', noun: 'Forged shoulder eye bolt', sizes: ['1/4-20', '5/16-18', '3/8-16', '1/2-13', '5/8-11'], options: [option('plain finish'), option('hot-dip galvanised', 20)], packs: { CS: 10 }, priceCents: 390, stepPercent: 35, weightGrams: 50, returnable: true },
  { prefix: 'WRC', noun: 'Wire rope clip, galvanised', sizes: ['1/8 in', '3/16 in', '1/4 in', '3/8 in'], packs: { CS: 25 }, priceCents: 85, stepPercent: 20, weightGrams: 40, returnable: true },
  { prefix: 'TBK', noun: 'Turnbuckle, hook and eye, galvanised', sizes: ['1/4 x 4 in', '3/8 x 6 in', '1/2 x 6 in'], packs: { CS: 10 }, priceCents: 490, stepPercent: 50, weightGrams: 150, returnable: true },

  // Facilities and janitorial
  { prefix: 'FLT', noun: 'Pleated air filter', sizes: ['16 x 20 x 1 in', '16 x 25 x 1 in', '20 x 20 x 1 in', '20 x 25 x 1 in', '16 x 25 x 2 in', '20 x 25 x 2 in'], options: [option('MERV 8'), option('MERV 11', 45), option('MERV 13', 90)], packs: { CS: 12 }, priceCents: 590, stepPercent: 6, weightGrams: 300, returnable: true },
  { prefix: 'CTB', noun: 'Contractor trash bag, 3 mil, box of 32', sizes: ['42 gal', '55 gal'], packs: { CS: 4, PL: 160 }, priceCents: 2490, stepPercent: 20, weightGrams: 3500, returnable: true },
  { prefix: 'MTP', noun: 'Masking tape, 60 yd roll', sizes: ['3/4 in', '1 in', '1-1/2 in', '2 in'], options: [option('general purpose'), option("blue painter's", 70)], packs: { CS: 48 }, priceCents: 290, stepPercent: 30, weightGrams: 150, returnable: true },
  { prefix: 'ABP', noun: 'Absorbent pad, 15 x 19 in, bundle of 100', sizes: ['universal', 'oil only'], packs: { PL: 40 }, priceCents: 4590, stepPercent: 10, weightGrams: 4000, returnable: false },
];
