import type { PartnerClientStore } from './ports';

/**
 * The region a partner client's tokens act in, if the client is registered and active; null otherwise. What the
 * pre-token trigger and the API's token verification ask (no caller: they run before there is one).
 */
export async function activePartnerRegion(store: Pick<PartnerClientStore, 'get'>, clientId: string): Promise<string | null> {
  const client = await store.get(clientId);
  return client?.state === 'ACTIVE' ? client.regionId : null;
}
