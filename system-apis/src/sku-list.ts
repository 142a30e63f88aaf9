import { MAX_KEYS_PER_LOOKUP } from '@crossdock/shared-contracts/contracts/api/key-lists';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** `HXB-004,GLV-002` as a list; a longer list than one call should carry is refused, not cut. */
export function skuList(skus: string | undefined): string[] | undefined {
  return keyList(skus, 'skus', 'SKUs');
}

/** A comma-separated query parameter of keys (`C-1001,C-1002`) as a list of 1 to 200, without repeats. */
export function keyList(value: string | undefined, field: string, noun: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = [
    ...new Set(
      value
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  ];
  if (list.length === 0 || list.length > MAX_KEYS_PER_LOOKUP)
    throw new ValidationError(`Send 1 to ${MAX_KEYS_PER_LOOKUP} ${noun}, separated by commas.`, [
      { field, message: `1 to ${MAX_KEYS_PER_LOOKUP} ${noun}` },
    ]);
  return list;
}
