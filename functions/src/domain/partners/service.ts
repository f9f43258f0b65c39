import { authorizePlatform } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, DomainError, notFound } from '../errors';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { RecordMissingError, refusing, StaleVersionError } from '../write-refusals';
import { PARTNER_CLIENT_AUDIT, type PartnerClient, type PartnerClientWithSecret } from './partner-client';
import { partnerClientPolicy } from './policy';
export { activePartnerRegion } from './acceptance';
import { partnerClientInput, partnerClientsArgs, registerPartnerClientInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/**
 * The platform admin registers a partner system for a region: the provider makes its client (id and secret),
 * then the record is written with its audit entry in the region's trail. If the record cannot be written the
 * provider's client is deleted again, so nothing is half made. The secret is returned once and kept nowhere here.
 */
export async function registerPartnerClient(principal: Principal, input: unknown, ports: Ports): Promise<PartnerClientWithSecret> {
  authorizePlatform(principal, partnerClientPolicy.manage);
  const data = parseInput(registerPartnerClientInput, input);
  const region = await ports.regions.get(data.regionId);
  if (!region) throw badInput('regionId', '区域不存在');
  const made = await ports.partnerDirectory.create(`${region.slug ?? region.id} ${data.name}`, data.scopes);
  const now = ports.now().toISOString();
  const client: PartnerClient = {
    clientId: made.clientId,
    regionId: region.id,
    name: data.name,
    scopes: data.scopes,
    state: 'ACTIVE',
    createdAt: now,
    createdBy: principal.displayName,
    secretRotatedAt: now,
    revokedAt: null,
    version: 1,
  };
  const caller = inRegion(principal, region.id);
  const audit = recordChange(caller, ports, PARTNER_CLIENT_AUDIT, { operation: 'registerPartnerClient', recordId: client.clientId, version: 1, before: null, after: client });
  try {
    await refusing(ports.partnerClients.create(client, { audit }), (r) => (r instanceof RecordMissingError ? badInput('regionId', '区域不存在') : undefined));
  } catch (error) {
    await ports.partnerDirectory.delete(client.clientId).catch(() => undefined); // the first error is the one to report
    throw error;
  }
  return { client, clientSecret: made.clientSecret };
}

/** A new secret (shown once); the old one stops working at once. A revoked client has no secret to rotate. */
export async function rotatePartnerClientSecret(principal: Principal, input: unknown, ports: Ports): Promise<PartnerClientWithSecret> {
  const current = await managedClient(principal, input, ports);
  if (current.state === 'REVOKED') throw badInput('clientId', '该合作系统已停用，不能轮换密钥');
  const secret = await ports.partnerDirectory.rotateSecret(current.clientId);
  // The provider has the new secret and the old one is gone: the record (when, which version) must follow, or the
  // secret would be lost to the admin. A change that landed meanwhile (another rotation) is read and built on.
  let base = current;
  for (let attempt = 1; ; attempt++) {
    const next: PartnerClient = { ...base, secretRotatedAt: ports.now().toISOString(), version: base.version + 1 };
    try {
      await saveClient(principal, ports, 'rotatePartnerClientSecret', base, next);
      return { client: next, clientSecret: secret };
    } catch (error) {
      const latest = attempt < 3 && error instanceof DomainError && error.code === 'CONFLICT' ? await ports.partnerClients.get(current.clientId) : null;
      if (!latest) throw error;
      base = latest;
    }
  }
}

/**
 * Revokes the client: the record first (the API refuses its tokens within a minute, the pre-token trigger at once),
 * then the provider's client is deleted (its token requests fail at once). Revoking a revoked client deletes the
 * provider's client again (a revocation whose second step failed is finished) and changes nothing else.
 */
export async function revokePartnerClient(principal: Principal, input: unknown, ports: Ports): Promise<PartnerClient> {
  const current = await managedClient(principal, input, ports);
  if (current.state === 'REVOKED') {
    await ports.partnerDirectory.delete(current.clientId);
    return current;
  }
  const next: PartnerClient = { ...current, state: 'REVOKED', revokedAt: ports.now().toISOString(), version: current.version + 1 };
  await saveClient(principal, ports, 'revokePartnerClient', current, next);
  await ports.partnerDirectory.delete(current.clientId);
  return next;
}

export async function listPartnerClients(principal: Principal, args: PageArgs & { regionId?: unknown }, ports: Ports): Promise<Page<PartnerClient>> {
  authorizePlatform(principal, partnerClientPolicy.manage);
  const { regionId } = parseInput(partnerClientsArgs, { regionId: args.regionId });
  return readPage(ports.partnerClients.list(regionId, pageRequest(args)));
}

async function managedClient(principal: Principal, input: unknown, ports: Ports): Promise<PartnerClient> {
  authorizePlatform(principal, partnerClientPolicy.manage);
  const data = parseInput(partnerClientInput, input);
  const current = await ports.partnerClients.get(data.clientId);
  if (!current) throw notFound('合作系统', data.clientId);
  if (data.version != null && data.version !== current.version) throw conflict();
  return current;
}

async function saveClient(principal: Principal, ports: Ports, operation: string, current: PartnerClient, next: PartnerClient): Promise<void> {
  const audit = recordChange(inRegion(principal, current.regionId), ports, PARTNER_CLIENT_AUDIT, { operation, recordId: next.clientId, version: next.version, before: current, after: next });
  await refusing(ports.partnerClients.save({ current, next }, { audit }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
}

/** The platform admin acting on one region's partner: the audit entry goes into that region's trail. */
const inRegion = (principal: Principal, regionId: string): RegionPrincipal => ({ ...principal, regionId });
