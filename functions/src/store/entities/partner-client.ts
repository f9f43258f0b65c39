/**
 * Partner client (合作系统, a partner system's client-credentials client, registered by the platform admin for one
 * region): keys, index entry and item mapping.
 *
 * | item            | pk                           | sk              |
 * |-----------------|------------------------------|-----------------|
 * | partner client  | PARTNERCLIENT#{client id}    | #PARTNERCLIENT  |
 *
 * The own key is global, not region-first (keys.ts): a token names its client id, and the pre-token trigger and
 * the API's token verification read the client by that id before any region is known. The trigger may read only
 * these items (infra: `bindItems(fn, ['dynamodb:GetItem'], PARTNER_CLIENT_PREFIX)`). The region's list is an index
 * partition of the region:
 *
 * | index | partition (gsi1pk)            | sort key (gsi1sk)         | serves                         |
 * |-------|-------------------------------|---------------------------|--------------------------------|
 * | gsi1  | R#{r}#PARTNERCLIENTS          | {createdAt}#{client id}   | the region's clients, newest first |
 */
import type { PartnerClient } from '../../domain/partners/partner-client';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const PARTNER_CLIENT_TYPE = 'PARTNER_CLIENT';

/** The partition-key prefix of every partner client item: outside every region (keys.ts). */
export const PARTNER_CLIENT_PREFIX = 'PARTNERCLIENT#';

export const partnerClientKey = (clientId: string): PrimaryKey => ({ pk: `${PARTNER_CLIENT_PREFIX}${clientId}`, sk: '#PARTNERCLIENT' });

export const partnerClientsPartition = (regionId: string): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#PARTNERCLIENTS` });

export const partnerClientSortKey = (client: Pick<PartnerClient, 'createdAt' | 'clientId'>) => `${client.createdAt}#${client.clientId}`;

const FIELDS = [
  'clientId', 'regionId', 'name', 'scopes', 'state', 'createdAt', 'createdBy', 'secretRotatedAt', 'revokedAt', 'version',
] as const satisfies readonly (keyof PartnerClient)[];

export function partnerClientToItem(client: PartnerClient): Record<string, unknown> {
  return {
    ...partnerClientKey(client.clientId),
    type: PARTNER_CLIENT_TYPE,
    ...pickFields<PartnerClient>(client as unknown as Record<string, unknown>, FIELDS),
    ...indexAttributes([partnerClientsPartition(client.regionId)], partnerClientSortKey(client)),
  };
}

export function partnerClientFromItem(item: Record<string, unknown>): PartnerClient {
  const client = pickFields<PartnerClient>(item, FIELDS);
  client.version = Number(client.version);
  client.scopes = [...(client.scopes ?? [])];
  client.revokedAt ??= null;
  return client;
}
