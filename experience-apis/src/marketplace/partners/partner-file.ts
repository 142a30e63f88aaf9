import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { MarketplacePartner, PartnerDirectory } from './partner-directory';

const partnerFileSchema = z.object({
  partners: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
        name: z.string().min(1),
        customerId: z.string().min(1),
        allocationPercent: z.number().min(0).max(100).default(100),
        safetyStock: z.number().int().min(0).default(0),
        items: z
          .array(
            z.object({
              partnerSku: z.string().min(1),
              sku: z.string().min(1),
              safetyStock: z.number().int().min(0).optional(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});

/**
 * Reads the marketplace partners file once, at start-up, and checks it: ids unique, each partner
 * SKU and each of our SKUs cross-referenced once. An absent file means no partners.
 */
export async function loadPartnerFile(file: string): Promise<PartnerDirectory> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { partner: async () => undefined };
    throw new ConfigurationError(`Cannot read the marketplace partners file ${file}: ${coerceError(error).message}`);
  }
  const parsed = partnerFileSchema.safeParse(parseYaml(text) ?? {});
  if (!parsed.success) {
    throw new ConfigurationError(
      `${file} is not valid:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  }
  const partners = new Map<string, MarketplacePartner>();
  for (const partner of parsed.data.partners) {
    if (partners.has(partner.id))
      throw new ConfigurationError(`${file} is not valid: partner ${partner.id} is listed twice.`);
    for (const key of ['partnerSku', 'sku'] as const) {
      const seen = new Set<string>();
      for (const item of partner.items) {
        if (seen.has(item[key]))
          throw new ConfigurationError(
            `${file} is not valid: partner ${partner.id} cross-references ${key} ${item[key]} twice.`,
          );
        seen.add(item[key]);
      }
    }
    partners.set(partner.id, partner);
  }
  return { partner: async (partnerId) => partners.get(partnerId) };
}
