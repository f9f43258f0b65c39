/**
 * The single table's key schema: the one definition imported by the CDK stack (infra/),
 * the local runner (local/) and the tests, so the three can never disagree.
 *
 * Every GSI is overloaded: each entity documents what it puts in gsiNpk/gsiNsk in store/keys.ts,
 * and README.md lists every access pattern with its key condition.
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

const gsi = (n: number): IndexDefinition => ({
  indexName: `gsi${n}`,
  partitionKey: { name: `gsi${n}pk`, type: 'S' },
  sortKey: { name: `gsi${n}sk`, type: 'S' },
});

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  // gsi1: a region's collection by name; gsi2: children of a parent; gsi3..gsi5: facets
  // (host kind, alliance role, status); gsi6: sparse flags (units still needing a pairing).
  globalSecondaryIndexes: [1, 2, 3, 4, 5, 6].map(gsi),
  timeToLiveAttribute: 'expiresAt',
};

export type IndexName = 'gsi1' | 'gsi2' | 'gsi3' | 'gsi4' | 'gsi5' | 'gsi6';
