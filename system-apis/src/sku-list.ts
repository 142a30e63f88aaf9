import { ValidationError } from '@crossdock/shared-contracts/errors/errors';

const MAX_SKUS_PER_CALL = 200;

/** `HXB-004,GLV-002` as a list; a longer list than one call should carry is refused, not cut. */
export function skuList(skus: string | undefined): string[] | undefined {
  if (skus === undefined) return undefined;
  const list = [...new Set(skus.split(',').map((sku) => sku.trim()).filter(Boolean))];
  if (list.length === 0 || list.length > MAX_SKUS_PER_CALL) throw new ValidationError(`Send 1 to ${MAX_SKUS_PER_CALL} SKUs, separated by commas.`, [{ field: 'skus', message: `1 to ${MAX_SKUS_PER_CALL} SKUs` }]);
  return list;
}
