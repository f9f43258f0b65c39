/**
 * The single table's key schema: the one definition imported by the CDK stack (infra/),
 * the local runner (local/) and the tests, so the three can never disagree.
 *
 * Every GSI is generic and overloaded: `gsiNpk`/`gsiNsk` mean different things per entity, each entity's
 * module under store/entities/ says what it puts there, and docs/data-model.md lists every access pattern
 * of every entity with its key condition. By convention, so that a new area finds its place:
 * gsi1 the region's collection of an entity in its natural order; gsi2 by owner or parent; gsi3–gsi5
 * facets; gsi6 sparse work lists and flags (present only while they apply); gsi7 two facets combined;
 * gsi8 name search (by a name's first character).
 */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  /** Attribute holding an epoch-seconds expiry for short-lived items (pending uploads). */
  timeToLiveAttribute: string;
}

export const INDEX_NAMES = ['gsi1', 'gsi2', 'gsi3', 'gsi4', 'gsi5', 'gsi6', 'gsi7', 'gsi8'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

const gsi = (indexName: IndexName): IndexDefinition => ({
  indexName,
  partitionKey: { name: `${indexName}pk`, type: 'S' },
  sortKey: { name: `${indexName}sk`, type: 'S' },
});

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: INDEX_NAMES.map(gsi),
  timeToLiveAttribute: 'expiresAt',
};
