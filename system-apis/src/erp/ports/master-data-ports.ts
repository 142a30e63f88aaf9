import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CustomerFilter, CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import type { ItemFilter, ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { PageRequest, Versioned, WriteActor } from './common';

export interface CustomerPort {
  get(id: string): Promise<Versioned<Customer> | undefined>;
  /** Those of `ids` that exist, in one read (optional: without it, they are read one by one). */
  getMany?(ids: readonly string[]): Promise<Versioned<Customer>[]>;
  list(filter: CustomerFilter & PageRequest): Promise<Page<Customer>>;
  /** Refused (conflict) when the id exists. */
  create(input: CustomerInput, by: WriteActor): Promise<Versioned<Customer>>;
  /** Refused (precondition failed) unless `expectedVersion` is the version held now. */
  update(id: string, input: CustomerInput, expectedVersion: string, by: WriteActor): Promise<Versioned<Customer>>;
  /** Every customer changed at or after `since`, oldest change first, without loading them all at once. */
  streamChanged(since: Date): AsyncIterable<Customer>;
}

export interface ItemPort {
  get(sku: string): Promise<Versioned<Item> | undefined>;
  list(filter: ItemFilter & PageRequest): Promise<Page<Item>>;
  create(input: ItemInput, by: WriteActor): Promise<Versioned<Item>>;
  update(sku: string, input: ItemInput, expectedVersion: string, by: WriteActor): Promise<Versioned<Item>>;
  streamChanged(since: Date): AsyncIterable<Item>;
}
