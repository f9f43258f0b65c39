import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { graphqlRequest } from './browser';

/**
 * Test data made straight through the API, as the demo region's admin: a token from the stack's issuer
 * (SRP sign-in and the authenticator code, as the login page does), kept until a minute before it expires.
 */
const tokens = new Map<string, { token: string; expiresAt: number }>();

export async function accessToken(baseUrl: string, username = 'admin'): Promise<string> {
  const key = `${baseUrl} ${username}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
  const session = await signInWithPassword(baseUrl, { username, password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
  tokens.set(key, { token: session.accessToken, expiresAt: Date.now() + session.expiresIn * 1000 });
  return session.accessToken;
}

const asAdmin = <T>(baseUrl: string, query: string, variables: Record<string, unknown>) =>
  accessToken(baseUrl).then((token) => graphqlRequest<T>(baseUrl, query, variables, token));

export interface CreatedUnit {
  id: string;
  name: string;
  version: number;
}

export async function createUnit(
  baseUrl: string,
  input: { name: string; hostKind?: string; level?: string; allianceRole?: string; parentId?: string },
): Promise<CreatedUnit> {
  const data = await asAdmin<{ createUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id name version } }`,
    { input: { hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', ...input } },
  );
  return data.createUnit;
}

export async function updateUnit(baseUrl: string, input: Record<string, unknown> & { id: string; version: number }): Promise<CreatedUnit> {
  const data = await asAdmin<{ updateUnit: CreatedUnit }>(
    baseUrl,
    `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { id name version } }`,
    { input },
  );
  return data.updateUnit;
}

export async function findUnitByName(baseUrl: string, name: string): Promise<CreatedUnit> {
  const data = await asAdmin<{ units: { edges: { node: CreatedUnit }[] } }>(
    baseUrl,
    `query ($name: String!) { units(first: 5, filter: { namePrefix: $name }) { edges { node { id name version } } } }`,
    { name },
  );
  const unit = data.units.edges.map((e) => e.node).find((u) => u.name === name);
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}

export async function deleteUnit(baseUrl: string, unit: { id: string; version: number }): Promise<void> {
  await asAdmin<{ deleteUnit: { id: string } }>(
    baseUrl,
    `mutation ($id: ID!, $version: Int!) { deleteUnit(id: $id, version: $version) { id } }`,
    { id: unit.id, version: unit.version },
  );
}

export async function createPairing(
  baseUrl: string,
  input: { unitId: string; communityId: string; startsOn: string; content: string },
): Promise<{ id: string; version: number }> {
  const data = await asAdmin<{ createPairing: { id: string; version: number } }>(
    baseUrl,
    `mutation ($input: CreatePairingInput!) { createPairing(input: $input) { id version } }`,
    { input },
  );
  return data.createPairing;
}
